package io.anxin.channel.wechat;

import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * How each message's answer reaches the customer, decided once for all of WeChat's attempts at delivering it and
 * for every instance: {@code passive} (in the HTTP response) or {@code deferred} (as a customer-service message
 * through the outbox). The first attempt to decide wins; a retry follows its decision, so a customer never gets the
 * answer both ways.
 */
final class ReplyModes {

    static final String PASSIVE = "passive";
    static final String DEFERRED = "deferred";

    /** Longer than WeChat's retries (three, over about 15 s) by far. */
    private static final Duration REMEMBERED = Duration.ofDays(1);

    private final RedisClusterReactiveCommands<String, String> redis;

    ReplyModes(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    /** Decides {@code mode} unless an earlier attempt decided; emits the mode that holds. */
    Mono<String> decide(String account, MessageKey message, String mode) {
        String key = "anxin:wechat:reply:" + account + ":" + message.value();
        return redis.set(key, mode, SetArgs.Builder.nx().ex(REMEMBERED.toSeconds()))
                .map(ok -> mode)
                .switchIfEmpty(Mono.defer(() -> redis.get(key).defaultIfEmpty(mode)));
    }
}
