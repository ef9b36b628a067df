package io.anxin.app.redis;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code anxin.redis.*}.
 *
 * @param url             the Redis to use (env {@code ANXIN_REDIS_URL}): {@code redis://}, {@code rediss://},
 *                        {@code redis-sentinel://} or {@code redis-cluster://host:port,host:port}; empty
 *                        starts an embedded redis-server
 * @param embedded        the embedded server's settings
 * @param answerRetention how long an answered message is remembered to recognise its retries
 */
@ConfigurationProperties("anxin.redis")
public record AnxinRedisProperties(@Nullable String url, Embedded embedded, Duration answerRetention) {

    public AnxinRedisProperties {
        if (embedded == null) {
            embedded = new Embedded(Path.of("data", "redis"), "everysec", 1);
        }
        if (answerRetention == null) {
            answerRetention = Duration.ofDays(30);
        }
    }

    /**
     * @param dataDir     where the AOF is kept
     * @param appendfsync {@code everysec} or {@code always}
     * @param masters     1 for one redis-server; 3 or more for a Redis Cluster of that many masters on loopback
     */
    public record Embedded(Path dataDir, String appendfsync, int masters) {
        public Embedded {
            if (masters == 0) {
                masters = 1;
            }
            if (masters < 0 || masters == 2) {
                throw new IllegalArgumentException("anxin.redis.embedded.masters must be 1 (one redis-server) or 3 and more"
                        + " (a Redis Cluster), was " + masters);
            }
            if (dataDir == null) {
                dataDir = Path.of("data", "redis");
            }
            if (appendfsync == null) {
                appendfsync = "everysec";
            }
            if (!appendfsync.equals("everysec") && !appendfsync.equals("always")) {
                throw new IllegalArgumentException(
                        "anxin.redis.embedded.appendfsync must be everysec or always, was '" + appendfsync + "'");
            }
        }
    }

    boolean embeddedWanted() {
        return url == null || url.isBlank();
    }
}
