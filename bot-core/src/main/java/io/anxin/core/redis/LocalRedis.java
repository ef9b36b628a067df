package io.anxin.core.redis;

import java.nio.file.Path;

/**
 * A Redis run by Anxin itself on loopback, from the redis-server binary it embeds: one server, or a cluster of
 * masters for trying the scale-out on one machine and for running the tests against a cluster.
 */
public sealed interface LocalRedis extends AutoCloseable permits EmbeddedRedis, EmbeddedRedisCluster {

    /**
     * Starts the Redis of {@code dataDir}, or starts it again where it was: one server when {@code masters} is 1,
     * else a cluster of that many masters (three at least, as Redis Cluster needs for a majority).
     */
    static LocalRedis start(Path dataDir, String appendfsync, int masters) {
        if (masters == 1) {
            return EmbeddedRedis.start(dataDir, appendfsync);
        }
        return EmbeddedRedisCluster.start(dataDir, appendfsync, masters);
    }

    /** {@code redis://127.0.0.1:port}, or {@code redis-cluster://127.0.0.1:p1,127.0.0.1:p2,…} for a cluster. */
    String url();

    /** For the log and the health endpoint: where it listens and where it keeps its data. */
    String description();

    /** Stops every server; each writes its AOF out on the way down. */
    @Override
    void close();
}
