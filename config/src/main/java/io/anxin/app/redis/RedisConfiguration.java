package io.anxin.app.redis;

import io.anxin.core.fanout.Fanout;
import io.anxin.core.redis.RedisFanout;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** Connects to Redis once and reports on it in the health endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnxinRedisProperties.class)
public class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisStore redisStore(AnxinRedisProperties properties) {
        return RedisStore.connect(properties);
    }

    @Bean
    RedisClusterReactiveCommands<String, String> redisCommands(RedisStore store) {
        return store.commands();
    }

    @Bean(destroyMethod = "close")
    StatefulRedisPubSubConnection<String, String> redisPubSub(RedisStore store) {
        return store.connectPubSub();
    }

    /** How instances tell each other what only one of them can act on (a push to a socket open there). */
    @Bean
    Fanout fanout(RedisStore store, StatefulRedisPubSubConnection<String, String> pubSub) {
        return new RedisFanout(store.commands(), pubSub);
    }

    @Bean
    ReactiveHealthIndicator redisHealthIndicator(RedisStore store) {
        return () -> store.commands().ping()
                .timeout(Duration.ofSeconds(2))
                .map(pong -> Health.up())
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", e.toString())))
                .map(health -> health.withDetail("mode", store.mode().name().toLowerCase())
                        .withDetail("redis", store.description())
                        .build());
    }
}
