package io.anxin.core.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * ADDSLOTS) and the first node meets the others (CLUSTER MEET). The ports are kept in the data directory, so that
 * a cluster started again on it finds its nodes where their {@code nodes.conf} remember each other.
 */
public final class EmbeddedRedisCluster implements LocalRedis {

    private static final int SLOTS = 16_384;
    private static final String PORTS_FILE = "cluster-ports";
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
            Files.createDirectories(dataDir);
            int[] ports = ports(dataDir.resolve(PORTS_FILE), masters);
            for (int i = 0; i < masters; i++) {
                nodes.add(EmbeddedRedis.start(dataDir.resolve("node-" + i), appendfsync, ports[i], true));
            }
            EmbeddedRedisCluster cluster = new EmbeddedRedisCluster(List.copyOf(nodes), dataDir.toAbsolutePath().normalize());
            cluster.formOrRejoin();
            return cluster;
        } catch (IOException e) {
            nodes.forEach(EmbeddedRedis::close);
            throw new UncheckedIOException("could not start an embedded Redis Cluster in " + dataDir, e);
        } catch (RuntimeException e) {
            nodes.forEach(EmbeddedRedis::close);
            throw e;
        }
    }

    /** The ports of an earlier start on this directory, else fresh ones written down for the next. */
    private static int[] ports(Path file, int masters) throws IOException {
        if (Files.exists(file)) {
            int[] kept = Arrays.stream(Files.readString(file, StandardCharsets.US_ASCII).strip().split(","))
                    .mapToInt(Integer::parseInt).toArray();
            if (kept.length != masters) {
                throw new IllegalStateException(file + " holds a cluster of " + kept.length + " masters, not " + masters
                        + "; start it with as many, or on another data directory");
            }
            return kept;
        }
        int[] ports = new int[masters];
        for (int i = 0; i < masters; i++) {
            ports[i] = freePortPair(ports, i);
        }
        Files.writeString(file, Arrays.stream(ports).mapToObj(Integer::toString).collect(Collectors.joining(",")),
                StandardCharsets.US_ASCII);
        return ports;
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

    /** A free port whose cluster bus port, 10,000 above it, is free as well, and not one already taken. */
    private static int freePortPair(int[] taken, int count) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            int candidate = port;
            if (port + 10_000 > 65_535 || Arrays.stream(taken, 0, count).anyMatch(p -> p == candidate)) {
                continue;
            }
            try (ServerSocket bus = new ServerSocket(port + 10_000, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException busTaken) {
                // try another
            }
        }
        throw new IOException("no free pair of ports for a cluster node and its bus");
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
