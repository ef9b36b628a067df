package io.anxin.channel.wechat;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.redis.BaseWxRedisOps;
import org.jspecify.annotations.Nullable;

/**
 * WxJava's Redis operations over Anxin's Lettuce connection, so that every instance shares one access token per
 * account and only one of them fetches a new one (WxJava's own Redis support needs Jedis or Redisson). WxJava calls
 * these from its blocking HTTP code, which runs on a worker thread, never on the event loop.
 */
final class LettuceWxRedisOps extends BaseWxRedisOps {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final RedisClusterReactiveCommands<String, String> redis;

    LettuceWxRedisOps(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public @Nullable String getValue(String key) {
        return redis.get(key).block(TIMEOUT);
    }

    @Override
    public void setValue(String key, String value, int expire, TimeUnit timeUnit) {
        if (expire <= 0) {
            redis.set(key, value).block(TIMEOUT);
        } else {
            redis.set(key, value, SetArgs.Builder.px(timeUnit.toMillis(expire))).block(TIMEOUT);
        }
    }

    /** Seconds to live: -2 when the key is missing, which WxJava reads as expired. */
    @Override
    public Long getExpire(String key) {
        Long ttl = redis.ttl(key).block(TIMEOUT);
        return ttl == null ? -2L : ttl;
    }

    @Override
    public void expire(String key, int expire, TimeUnit timeUnit) {
        if (expire <= 0) {
            redis.del(key).block(TIMEOUT);
        } else {
            redis.pexpire(key, timeUnit.toMillis(expire)).block(TIMEOUT);
        }
    }

    @Override
    public Lock getLock(String key) {
        return new RedisLock(redis, key, Duration.ofSeconds(30));
    }

    /**
     * A lock held in Redis ({@code SET NX PX} with a token, released only by its holder): the instance that holds it
     * fetches the token while the others wait and then read it. It expires by itself, so a holder that dies does
     * not block the others for longer than {@code lease}. Not re-entrant, like WxJava's own Redis locks.
     */
    static final class RedisLock implements Lock {

        private static final String RELEASE =
                "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
        private static final long POLL_MILLIS = 50;

        private final RedisClusterReactiveCommands<String, String> redis;
        private final String key;
        private final Duration lease;
        private final ThreadLocal<String> held = new ThreadLocal<>();

        RedisLock(RedisClusterReactiveCommands<String, String> redis, String key, Duration lease) {
            this.redis = redis;
            this.key = key;
            this.lease = lease;
        }

        @Override
        public boolean tryLock() {
            String token = UUID.randomUUID().toString();
            boolean won = "OK".equals(redis.set(key, token, SetArgs.Builder.nx().px(lease.toMillis())).block(TIMEOUT));
            if (won) {
                held.set(token);
            }
            return won;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long until = System.nanoTime() + unit.toNanos(time);
            while (!tryLock()) {
                if (System.nanoTime() >= until) {
                    return false;
                }
                Thread.sleep(POLL_MILLIS);
            }
            return true;
        }

        @Override
        public void lock() {
            try {
                lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the lock " + key, e);
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock()) {
                Thread.sleep(POLL_MILLIS);
            }
        }

        @Override
        public void unlock() {
            String token = held.get();
            if (token == null) {
                return;
            }
            held.remove();
            redis.eval(RELEASE, ScriptOutputType.INTEGER, new String[] {key}, token).blockLast(TIMEOUT);
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("a Redis lock has no conditions");
        }
    }
}
