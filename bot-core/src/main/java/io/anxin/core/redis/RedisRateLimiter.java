package io.anxin.core.redis;

import io.anxin.core.message.Channel;
import io.anxin.core.ratelimit.Quota;
import io.anxin.core.ratelimit.RateLimitedException;
import io.anxin.core.ratelimit.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Fixed-window counters in Redis, shared by all instances: one key per customer and one per address, each counted
 * and given its expiry in one script (so a counter never outlives its window). The two keys are in different
 * Cluster slots, so they are two scripts, run side by side.
 */
public final class RedisRateLimiter implements RateLimiter {

    /** KEYS: the counter. ARGV: window in ms, quota. Returns -1 when within the quota, else the ms left in the window. */
    private static final LuaScript COUNT = new LuaScript("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            if n <= tonumber(ARGV[2]) then return -1 end
            local left = redis.call('PTTL', KEYS[1])
            if left < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              left = tonumber(ARGV[1])
            end
            return left
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;
    private final Quota perCustomer;
    private final Quota perAddress;

    public RedisRateLimiter(RedisClusterReactiveCommands<String, String> redis, Quota perCustomer, Quota perAddress) {
        this.redis = redis;
        this.perCustomer = perCustomer;
        this.perAddress = perAddress;
    }

    @Override
    public Mono<Void> admit(Channel channel, String customerId, @Nullable String address) {
        Mono<Void> customer = count(Keys.customerRate(channel, customerId), perCustomer, "customer");
        Mono<Void> network = address == null || address.isBlank() ? Mono.empty()
                : count(Keys.addressRate(address), perAddress, "address");
        return Mono.when(customer, network);
    }

    private Mono<Void> count(String key, Quota quota, String scope) {
        if (quota.unlimited()) {
            return Mono.empty();
        }
        return COUNT.<Long>run(redis, new String[] {key}, Long.toString(quota.window().toMillis()),
                        Integer.toString(quota.requests()))
                .flatMap(left -> left < 0 ? Mono.<Void>empty()
                        : Mono.error(new RateLimitedException(scope, Duration.ofMillis(left))));
    }
}
