package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.followup.CallbackTask;
import io.anxin.core.followup.CallbackTasks;
import io.anxin.core.ticket.TicketNumber;
import io.lettuce.core.ZAddArgs;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A call-back task as a hash beside its ticket, listed while open in one sorted set by due time. The set entry is
 * written first and the hash decides: a crash in between leaves an entry that the retried open completes.
 */
public final class RedisCallbackTasks implements CallbackTasks {

    static final String OPEN = "anxin:callbacks:open";

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisCallbackTasks(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Boolean> open(CallbackTask task) {
        String key = key(task.ticket());
        return redis.exists(key).flatMap(exists -> exists > 0 ? Mono.just(false)
                : redis.zadd(OPEN, ZAddArgs.Builder.nx(), (double) task.dueBy().toEpochMilli(), task.ticket().toString())
                        .then(redis.hset(key, Map.of("ticket", task.ticket().toString(),
                                "conversation", task.conversation().value(), "reason", task.reason(),
                                "createdAt", task.createdAt().toString(), "dueBy", task.dueBy().toString(),
                                "status", "open")))
                        .thenReturn(true));
    }

    @Override
    public Flux<CallbackTask> open(int max) {
        return redis.zrange(OPEN, 0, max - 1L)
                .collectList()
                .flatMapMany(numbers -> Flux.fromIterable(numbers).concatMap(n -> redis.hgetall(key(TicketNumber.parse(n)))
                        .collectMap(kv -> kv.getKey(), kv -> kv.getValue())))
                .filter(f -> "open".equals(f.get("status")))
                .map(f -> new CallbackTask(TicketNumber.parse(f.get("ticket")), new ConversationId(f.get("conversation")),
                        f.get("reason"), Instant.parse(f.get("createdAt")), Instant.parse(f.get("dueBy"))));
    }

    @Override
    public Mono<Boolean> isOpen(TicketNumber ticket) {
        return redis.hget(key(ticket), "status").map("open"::equals).defaultIfEmpty(false);
    }

    @Override
    public Mono<Boolean> done(TicketNumber ticket, String by, Instant at) {
        String key = key(ticket);
        return redis.hget(key, "status").filter("open"::equals)
                .flatMap(open -> redis.hset(key, Map.of("status", "done", "doneBy", by, "doneAt", at.toString()))
                        .then(redis.zrem(OPEN, ticket.toString()))
                        .thenReturn(true))
                .defaultIfEmpty(false);
    }

    private static String key(TicketNumber ticket) {
        return Keys.ticket(ticket).replace(":ticket", ":callback");
    }
}
