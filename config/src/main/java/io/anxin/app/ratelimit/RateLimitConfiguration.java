package io.anxin.app.ratelimit;

import io.anxin.core.ratelimit.RateLimiter;
import io.anxin.core.redis.RedisRateLimiter;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One rate limiter for every channel, so a customer is limited alike whichever way they write. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RedisClusterReactiveCommands<String, String> redis, RateLimitProperties properties) {
        // validated here, at start-up: a wrong setting stops the application with the setting's name
        return new RedisRateLimiter(redis, properties.customerQuota(), properties.addressQuota());
    }
}
