package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.followup.SurveyStore;
import io.anxin.core.ticket.TicketNumber;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** The pending survey as one string beside the conversation, holding the ticket number. */
public final class RedisSurveyStore implements SurveyStore {

    /** Longer than any survey window; a survey nobody closed does not linger for ever. */
    static final Duration RETENTION = Duration.ofDays(60);

    private static final LuaScript CLOSE = new LuaScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisSurveyStore(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Void> asked(ConversationId conversation, TicketNumber ticket) {
        return redis.setex(key(conversation), RETENTION.toSeconds(), ticket.toString()).then();
    }

    @Override
    public Mono<TicketNumber> pending(ConversationId conversation) {
        return redis.get(key(conversation)).map(TicketNumber::parse);
    }

    @Override
    public Mono<Void> close(ConversationId conversation, TicketNumber ticket) {
        return CLOSE.<Long>run(redis, new String[] {key(conversation)}, ticket.toString()).then();
    }

    private static String key(ConversationId conversation) {
        return Keys.conversation(conversation).replace(":conversation", ":survey");
    }
}
