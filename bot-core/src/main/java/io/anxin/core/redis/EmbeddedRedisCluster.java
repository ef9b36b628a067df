package io.anxin.core.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Redis Cluster of masters without replicas on loopback, each an {@link EmbeddedRedis} with AOF in a directory of
 * its own under the data directory. The embedded-redis jar ships no redis-cli, so a new cluster is formed with the
 * commands {@code redis-cli --cluster create} would send: each node takes an equal share of the 16,384 slots (CLUSTER
 * ADDSLOTS) and the first node meets the others (CLUSTER MEET). Each node keeps its port in its directory, so that a
 * cluster started again on the data directory finds its nodes where their {@code nodes.conf} remember each other.
 */
public final class EmbeddedRedisCluster implements LocalRedis {

    private static final int SLOTS = 16_384;
    private static final Duration FORMING = Duration.ofSeconds(30);

    private final List<EmbeddedRedis> nodes;
    private final Path dataDir;

    private EmbeddedRedisCluster(List<EmbeddedRedis> nodes, Path dataDir) {
        this.nodes = nodes;
        this.dataDir = dataDir;
    }

    static EmbeddedRedisCluster start(Path dataDir, String appendfsync, int masters) {
        if (masters < 3) {
            throw new IllegalArgumentException("a Redis Cluster needs at least three masters, not " + masters);
        }
        List<EmbeddedRedis> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < masters; i++) {
                nodes.add(EmbeddedRedis.start(dataDir.resolve("node-" + i), appendfsync, true));
            }
            EmbeddedRedisCluster cluster = new EmbeddedRedisCluster(List.copyOf(nodes), dataDir.toAbsolutePath().normalize());
            cluster.formOrRejoin();
            return cluster;
        } catch (RuntimeException e) {
            nodes.forEach(EmbeddedRedis::close);
            throw e;
        }
    }

    /**
     * A new cluster gets its slots and meets; one started again from its {@code nodes.conf} finds its peers by
     * itself. Either way the cluster is used only once every node reports {@code cluster_state:ok}.
     */
    private void formOrRejoin() {
        List<RedisClient> clients = nodes.stream().map(n -> RedisClient.create(n.url())).toList();
        try {
            List<StatefulRedisConnection<String, String>> connections = clients.stream().map(RedisClient::connect).toList();
            List<RedisCommands<String, String>> commands = connections.stream().map(StatefulRedisConnection::sync).toList();
            boolean fresh = commands.stream().allMatch(c -> c.clusterInfo().contains("cluster_slots_assigned:0"));
            if (fresh) {
                for (int i = 0; i < nodes.size(); i++) {
                    int from = i * SLOTS / nodes.size();
                    int to = (i + 1) * SLOTS / nodes.size();
                    int[] slots = new int[to - from];
                    Arrays.setAll(slots, s -> from + s);
                    commands.get(i).clusterAddSlots(slots);
                }
                for (int i = 1; i < nodes.size(); i++) {
                    commands.get(0).clusterMeet("127.0.0.1", nodes.get(i).port());
                }
            }
            long deadline = System.nanoTime() + FORMING.toNanos();
            while (!commands.stream().allMatch(c -> c.clusterInfo().contains("cluster_state:ok")
                    && c.clusterNodes().lines().count() == nodes.size())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the " + nodes.size() + " embedded Redis nodes did not form a cluster within "
                            + FORMING.toSeconds() + " s: " + commands.get(0).clusterNodes());
                }
                pause();
            }
            connections.forEach(StatefulRedisConnection::close);
        } finally {
            clients.forEach(RedisClient::shutdown);
        }
    }

    @Override
    public String url() {
        return "redis-cluster://" + nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    @Override
    public String description() {
        return url() + " (embedded Redis Cluster of " + nodes.size() + " masters, AOF in " + dataDir + ")";
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (EmbeddedRedis node : nodes) {
            try {
                node.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedded Redis Cluster formed", e);
        }
    }
}
