package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.takeover.HumanDesk;
import io.anxin.core.takeover.Takeover;
import io.anxin.core.takeover.Waiting;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The queue as one sorted set scored by grade, then waiting time ({@code grade × 10^13 + epoch millis}), a hash of
 * why each waits, and a hash of owners, all under the tag {@code {desk}} so that taking is one script.
 */
public final class RedisHumanDesk implements HumanDesk {

    static final String QUEUE = "anxin:{desk}:queue";
    static final String REASONS = "anxin:{desk}:reasons";
    static final String OWNERS = "anxin:{desk}:owners";
    private static final double GRADE_STEP = 1e13;

    /** KEYS: queue, reasons, owners. ARGV: conversation, score, reason. */
    private static final LuaScript ENQUEUE = new LuaScript("""
            if redis.call('HEXISTS', KEYS[3], ARGV[1]) == 1 then return 0 end
            if redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1]) == 1 then redis.call('HSET', KEYS[2], ARGV[1], ARGV[3]) end
            return 1
            """, ScriptOutputType.INTEGER);

    /** KEYS: queue, reasons, owners. ARGV: conversation, agent. Returns the owner afterwards, or false. */
    private static final LuaScript TAKE = new LuaScript("""
            local owner = redis.call('HGET', KEYS[3], ARGV[1])
            if owner then return owner end
            if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return false end
            redis.call('HDEL', KEYS[2], ARGV[1])
            redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
            return ARGV[2]
            """, ScriptOutputType.VALUE);

    /** KEYS: owners. ARGV: conversation, from, to ('' for the bot). */
    private static final LuaScript HAND_ON = new LuaScript("""
            if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
            if ARGV[3] == '' then redis.call('HDEL', KEYS[1], ARGV[1]) else redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) end
            return 1
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisHumanDesk(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Void> enqueue(Waiting waiting) {
        double score = waiting.grade() * GRADE_STEP + waiting.since().toEpochMilli();
        return ENQUEUE.run(redis, new String[] {QUEUE, REASONS, OWNERS}, waiting.conversation().value(),
                Double.toString(score), waiting.reason()).then();
    }

    @Override
    public Flux<Waiting> waiting(int max) {
        return redis.zrangeWithScores(QUEUE, 0, max - 1L).collectList().flatMapMany(entries -> Flux.fromIterable(entries)
                .concatMap(e -> redis.hget(REASONS, e.getValue()).defaultIfEmpty("")
                        .map(reason -> {
                            long score = (long) e.getScore();
                            int grade = (int) (score / (long) GRADE_STEP);
                            Instant since = Instant.ofEpochMilli(score - grade * (long) GRADE_STEP);
                            return new Waiting(new ConversationId(e.getValue()), grade, since, reason);
                        })));
    }

    @Override
    public Mono<Takeover> take(ConversationId conversation, String agent) {
        return TAKE.<String>run(redis, new String[] {QUEUE, REASONS, OWNERS}, conversation.value(), agent)
                .map(owner -> takeover(owner, agent))
                .defaultIfEmpty(new Takeover.NotWaiting());
    }

    private static Takeover takeover(@Nullable String owner, String agent) {
        if (owner == null) {
            return new Takeover.NotWaiting();
        }
        return owner.equals(agent) ? new Takeover.Taken(agent) : new Takeover.TakenBy(owner);
    }

    @Override
    public Mono<String> owner(ConversationId conversation) {
        return redis.hget(OWNERS, conversation.value());
    }

    @Override
    public Mono<Boolean> withPerson(ConversationId conversation) {
        return redis.hexists(OWNERS, conversation.value()).flatMap(owned -> owned ? Mono.just(true)
                : redis.zscore(QUEUE, conversation.value()).map(score -> true).defaultIfEmpty(false));
    }

    @Override
    public Mono<Boolean> handOn(ConversationId conversation, String from, @Nullable String to) {
        return HAND_ON.<Long>run(redis, new String[] {OWNERS}, conversation.value(), from, to == null ? "" : to)
                .map(changed -> changed == 1);
    }
}
