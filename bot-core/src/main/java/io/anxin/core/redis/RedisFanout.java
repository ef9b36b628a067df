package io.anxin.core.redis;

import io.anxin.core.fanout.Fanout;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fan-out over Redis pub/sub. Publishing uses the ordinary connection; listening one dedicated pub/sub connection,
 * which Lettuce re-subscribes by itself after a reconnect (what is published meanwhile is missed, as the port says).
 * In Redis Cluster a PUBLISH reaches the subscribers on every node.
 */
public final class RedisFanout implements Fanout {

    private final RedisClusterReactiveCommands<String, String> redis;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final Map<String, Flux<String>> topics = new ConcurrentHashMap<>();

    public RedisFanout(RedisClusterReactiveCommands<String, String> redis, StatefulRedisPubSubConnection<String, String> pubSub) {
        this.redis = redis;
        this.pubSub = pubSub;
    }

    @Override
    public Mono<Long> publish(String topic, String payload) {
        return redis.publish(topic, payload);
    }

    /** One subscription per topic, shared by every listener of it, subscribed before the first message is awaited. */
    @Override
    public Flux<String> listen(String topic) {
        return topics.computeIfAbsent(topic, t -> pubSub.reactive().subscribe(t)
                .thenMany(pubSub.reactive().observeChannels())
                .filter(message -> message.getChannel().equals(t))
                .map(message -> message.getMessage())
                .share());
    }
}
