package io.anxin.channel.wechat;

import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * WeChat lets an account send customer-service messages for 48 hours after the customer's last message; later only
 * template messages reach them. The window is a Redis key per customer (the OpenID hashed) that expires with it,
 * shared by all instances.
 */
final class ServiceWindow {

    private final RedisClusterReactiveCommands<String, String> redis;
    private final Duration length;

    ServiceWindow(RedisClusterReactiveCommands<String, String> redis, Duration length) {
        this.redis = redis;
        this.length = length;
    }

    /** The customer wrote: the window opens (again) for its full length. */
    Mono<Void> opened(WechatCustomer customer) {
        return redis.set(key(customer), "1", SetArgs.Builder.px(length.toMillis())).then();
    }

    Mono<Boolean> isOpen(WechatCustomer customer) {
        return redis.exists(key(customer)).map(n -> n > 0);
    }

    /** WeChat said the window is closed (45015): believe it. */
    Mono<Void> closed(WechatCustomer customer) {
        return redis.del(key(customer)).then();
    }

    private static String key(WechatCustomer customer) {
        return "anxin:wechat:window:" + customer.account() + ":" + OpenIds.hashed(customer.openId());
    }
}
