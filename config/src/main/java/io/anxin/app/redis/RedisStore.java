package io.anxin.app.redis;

import io.anxin.core.redis.LocalRedis;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Redis Anxin uses, connected once at start-up: an embedded redis-server (or embedded cluster) when no URL
 * is configured, else the standalone server, Sentinel-managed master or Cluster the URL names.
 */
public final class RedisStore implements AutoCloseable {

    /** How Anxin reaches its Redis, as reported by the health endpoint. */
    public enum Mode { EMBEDDED, EMBEDDED_CLUSTER, STANDALONE, SENTINEL, CLUSTER }

    private static final Logger log = LoggerFactory.getLogger(RedisStore.class);
    static final String CLUSTER_SCHEME = "redis-cluster://";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);

    private final Mode mode;
    private final String description;
    private final AbstractRedisClient client;
    private final StatefulConnection<String, String> connection;
    private final RedisClusterReactiveCommands<String, String> commands;
    private final @Nullable LocalRedis embedded;

    private RedisStore(Mode mode, String description, AbstractRedisClient client,
            StatefulConnection<String, String> connection, RedisClusterReactiveCommands<String, String> commands,
            @Nullable LocalRedis embedded) {
        this.mode = mode;
        this.description = description;
        this.client = client;
        this.connection = connection;
        this.commands = commands;
        this.embedded = embedded;
    }

    public static RedisStore connect(AnxinRedisProperties properties) {
        if (properties.embeddedWanted()) {
            var settings = properties.embedded();
            LocalRedis server = LocalRedis.start(settings.dataDir(), settings.appendfsync(), settings.masters());
            try {
                log.info("using embedded Redis at {}", server.description());
                return connect(server.url(), settings.masters() == 1 ? Mode.EMBEDDED : Mode.EMBEDDED_CLUSTER,
                        server.description(), server);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        String url = properties.url().strip();
        if (url.startsWith(CLUSTER_SCHEME)) {
            log.info("using Redis Cluster at {}", redact(url));
            return connect(url, Mode.CLUSTER, redact(url), null);
        }
        RedisURI uri;
        try {
            uri = RedisURI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("anxin.redis.url '" + redact(url) + "' is not a Redis URL: " + e.getMessage()
                    + "; expected redis://host:port, rediss://…, redis-sentinel://host:port,host:port#master"
                    + " or redis-cluster://host:port,host:port", e);
        }
        Mode mode = uri.getSentinels().isEmpty() ? Mode.STANDALONE : Mode.SENTINEL;
        log.info("using {} Redis at {}", mode.name().toLowerCase(), redact(url));
        return connect(url, mode, redact(url), null);
    }

    private static RedisStore connect(String url, Mode mode, String description, @Nullable LocalRedis embedded) {
        if (url.startsWith(CLUSTER_SCHEME)) {
            RedisClusterClient client = RedisClusterClient.create(clusterSeeds(url));
            client.setOptions(ClusterClientOptions.builder(failFast()).build());
            var connection = client.connect();
            return new RedisStore(mode, description, client, connection, connection.reactive(), embedded);
        }
        RedisClient client = RedisClient.create(RedisURI.create(url));
        client.setOptions(failFast());
        var connection = client.connect();
        return new RedisStore(mode, description, client, connection, connection.reactive(), embedded);
    }

    /**
     * While Redis is unreachable, commands fail at once instead of queueing until the caller gives
     * up: the channel answers 503 with Retry-After and the sender retries; nothing is half-accepted.
     * Replies are handed on from the connection's I/O thread, as Lettuce does by default: that takes
     * 15-25 % less CPU a message than handing each to a computation thread (docs/benchmarks.md). So the
     * work that follows a reply must stay short, or hop to a scheduler as the engine does before the
     * dialog; and a reply of many elements is read whole before its elements send commands
     * ({@link io.anxin.core.redis.Replies}).
     */
    private static ClientOptions failFast() {
        return ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .publishOnScheduler(false)
                .build();
    }

    /** {@code redis-cluster://[user:password@]host:port,host:port} → one seed URI per node. */
    static List<RedisURI> clusterSeeds(String url) {
        String rest = url.substring(CLUSTER_SCHEME.length());
        String userInfo = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            rest = rest.substring(0, slash);
        }
        List<RedisURI> seeds = new ArrayList<>();
        for (String node : rest.split(",")) {
            if (node.isBlank()) {
                continue;
            }
            String seed = "redis://" + (userInfo != null ? userInfo + "@" : "") + node.strip();
            seeds.add(RedisURI.create(URI.create(seed)));
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("anxin.redis.url names no cluster node: expected redis-cluster://host:port,host:port");
        }
        return seeds;
    }

    /** The URL with any password replaced, fit for logs and the health endpoint. */
    static String redact(String url) {
        return url.replaceAll("//([^:/@]*):[^@/]*@", "//$1:****@");
    }

    public RedisClusterReactiveCommands<String, String> commands() {
        return commands;
    }

    /** A connection of its own for pub/sub listening: a subscribed connection can run no other command. */
    public StatefulRedisPubSubConnection<String, String> connectPubSub() {
        if (client instanceof RedisClusterClient cluster) {
            return cluster.connectPubSub();
        }
        return ((RedisClient) client).connectPubSub();
    }

    public Mode mode() {
        return mode;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
        if (embedded != null) {
            log.info("stopping embedded Redis");
            embedded.close();
        }
    }
}
