package io.anxin.core.testing;

import io.anxin.core.redis.LocalRedis;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The Redis the tests run against, one switch for the whole suite: one redis-server, or a three-master Redis Cluster
 * when the run sets {@code anxin.redis.embedded.masters=3} (the build's second run of the integration tests). The
 * application reads the same property, so an application a test starts with no Redis URL runs on a cluster too.
 */
public final class TestRedis {

    public static final String MASTERS = "anxin.redis.embedded.masters";

    private TestRedis() {}

    /** 1, or the number of masters of this run's cluster. */
    public static int masters() {
        return Integer.parseInt(System.getProperty(MASTERS, "1"));
    }

    public static boolean onCluster() {
        return masters() > 1;
    }

    /** Starts this run's Redis with its data in {@code dir}, or starts it again there on the same ports. */
    public static LocalRedis start(Path dir) {
        return LocalRedis.start(dir, "everysec", masters());
    }

    /** This run's Redis in a fresh temporary directory. */
    public static LocalRedis startTemporary() {
        try {
            return start(Files.createTempDirectory("anxin-redis-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection to the Redis at {@code url}, standalone or cluster, for a test to look into it and set it up. */
    public static Connection connect(String url) {
        if (url.startsWith("redis-cluster://")) {
            RedisClusterClient client = RedisClusterClient.create(Arrays.stream(url.substring("redis-cluster://".length())
                    .split(",")).map(node -> RedisURI.create("redis://" + node)).toList());
            StatefulRedisClusterConnection<String, String> connection = client.connect();
            return new Connection(client, connection, connection.sync(), connection.reactive());
        }
        RedisClient client = RedisClient.create(url);
        var connection = client.connect();
        return new Connection(client, connection, connection.sync(), connection.reactive());
    }

    /** A client and its one connection, closed together. */
    public record Connection(AbstractRedisClient client, StatefulConnection<String, String> connection,
            RedisClusterCommands<String, String> sync, RedisClusterReactiveCommands<String, String> reactive)
            implements AutoCloseable {

        /** A connection of its own for listening: a subscribed connection can run no other command. */
        public StatefulRedisPubSubConnection<String, String> connectPubSub() {
            return client instanceof RedisClusterClient cluster ? cluster.connectPubSub() : ((RedisClient) client).connectPubSub();
        }

        /** How many connections listen on {@code topic}, on every node of a cluster. */
        public long subscribers(String topic) {
            if (connection instanceof StatefulRedisClusterConnection<String, String> cluster) {
                return cluster.sync().upstream().commands().pubsubNumsub(topic).asMap().values().stream()
                        .mapToLong(counts -> counts.getOrDefault(topic, 0L)).sum();
            }
            return sync.pubsubNumsub(topic).getOrDefault(topic, 0L);
        }

        @Override
        public void close() {
            connection.close();
            client.shutdown();
        }
    }
}
