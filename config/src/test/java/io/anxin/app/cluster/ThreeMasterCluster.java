package io.anxin.app.cluster;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import redis.embedded.RedisServer;

/**
 * A Redis Cluster of three masters (no replicas) on loopback, from the redis-server binary that Anxin embeds. The
 * embedded-redis jar ships no redis-cli, so the cluster is formed by hand with the commands {@code redis-cli
 * --cluster create} would send: each node gets a third of the 16,384 slots (CLUSTER ADDSLOTS), and the first node
 * meets the others (CLUSTER MEET); then it waits until every node reports {@code cluster_state:ok}.
 */
final class ThreeMasterCluster implements AutoCloseable {

    private static final int SLOTS = 16_384;

    private final List<RedisServer> servers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    ThreeMasterCluster(Path dir) {
        try {
            for (int i = 0; i < 3; i++) {
                int port = freePort();
                Path nodeDir = Files.createDirectories(dir.resolve("node-" + i)).toAbsolutePath();
                RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                        .setting("dir " + nodeDir)
                        .setting("cluster-enabled yes")
                        .setting("cluster-config-file nodes.conf")
                        .setting("cluster-node-timeout 5000")
                        .setting("appendonly yes")
                        .setting("appendfsync everysec")
                        .setting("save \"\"")
                        .setting("daemonize no")
                        .onShutdownForceStop(true)
                        .build();
                server.start();
                servers.add(server);
                ports.add(port);
            }
            form();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void form() {
        List<RedisClient> clients = ports.stream().map(p -> RedisClient.create("redis://127.0.0.1:" + p)).toList();
        try {
            List<StatefulRedisConnection<String, String>> nodes = clients.stream().map(RedisClient::connect).toList();
            for (int i = 0; i < 3; i++) {
                int from = i * SLOTS / 3;
                int to = (i + 1) * SLOTS / 3;
                int[] slots = new int[to - from];
                for (int s = from; s < to; s++) {
                    slots[s - from] = s;
                }
                nodes.get(i).sync().clusterAddSlots(slots);
            }
            for (int i = 1; i < 3; i++) {
                nodes.get(0).sync().clusterMeet("127.0.0.1", ports.get(i));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!nodes.stream().allMatch(n -> n.sync().clusterInfo().contains("cluster_state:ok")
                    && n.sync().clusterNodes().lines().count() == 3)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the three nodes did not form a cluster within 30 s: "
                            + nodes.get(0).sync().clusterNodes());
                }
                sleep(100);
            }
            nodes.forEach(StatefulRedisConnection::close);
        } finally {
            clients.forEach(RedisClient::shutdown);
        }
    }

    /** {@code redis-cluster://127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3}, as {@code anxin.redis.url} takes it. */
    String url() {
        return "redis-cluster://" + ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    @Override
    public void close() {
        for (RedisServer server : servers) {
            try {
                server.stop();
            } catch (IOException e) {
                // stopping the others matters more
            }
        }
    }

    /** A free port whose cluster bus port (10,000 above it) is free as well. */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            if (port + 10_000 > 65_535) {
                continue;
            }
            try (ServerSocket bus = new ServerSocket(port + 10_000, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port pair for a cluster node");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
