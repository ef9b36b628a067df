package io.anxin.core.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A redis-server child process (the binary shipped in {@code com.github.codemonstur:embedded-redis})
 * on a free loopback port, with AOF persistence in a data directory: the store of the default run
 * and of the tests, so that neither needs a Redis installed or depends on one that happens to run.
 */
public final class EmbeddedRedis implements LocalRedis {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final String PID_FILE = "redis.pid";
    private static final String PORT_FILE = "redis.port";
    private static final int CLUSTER_BUS_OFFSET = 10_000;

    private final RedisServer server;
    private final int port;
    private final Path dataDir;

    private EmbeddedRedis(RedisServer server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts redis-server with {@code appendonly yes} in {@code dataDir}. A server left running on
     * the same directory by a killed run is stopped first, so two servers never share one AOF.
     *
     * @param appendfsync {@code always} (no acknowledged write lost even if the machine fails) or
     *                    {@code everysec} (at most a second lost on a machine failure)
     */
    public static EmbeddedRedis start(Path dataDir, String appendfsync) {
        return start(dataDir, appendfsync, false);
    }

    /**
     * As {@link #start(Path, String)}, as a node of a cluster or not. Started again on its directory, the server
     * listens on the port it had, where its clients (and a cluster node's peers) last found it.
     */
    static EmbeddedRedis start(Path dataDir, String appendfsync, boolean clusterNode) {
        try {
            Files.createDirectories(dataDir);
            Path portFile = dataDir.resolve(PORT_FILE);
            int port = keptPort(portFile).filter(EmbeddedRedis::isFree).orElse(-1);
            if (port < 0) {
                port = freePort(clusterNode);
                Files.writeString(portFile, Integer.toString(port), StandardCharsets.US_ASCII);
            }
            return start(dataDir, appendfsync, port, clusterNode);
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port for the embedded redis-server in " + dataDir, e);
        }
    }

    private static Optional<Integer> keptPort(Path portFile) throws IOException {
        if (!Files.exists(portFile)) {
            return Optional.empty();
        }
        return parseNumber(Files.readString(portFile, StandardCharsets.US_ASCII)).map(Long::intValue);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as redis-server binds: connections of the last run in TIME_WAIT do not count
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** As {@link #start(Path, String)}, on a given port: for restarting a server where its clients expect it. */
    public static EmbeddedRedis start(Path dataDir, String appendfsync, int port) {
        return start(dataDir, appendfsync, port, false);
    }

    /** As {@link #start(Path, String, int)}; a cluster node keeps its view of the cluster in {@code nodes.conf}. */
    static EmbeddedRedis start(Path dataDir, String appendfsync, int port, boolean clusterNode) {
        try {
            Files.createDirectories(dataDir);
            Path dir = dataDir.toAbsolutePath().normalize();
            stopOrphan(dir);
            var builder = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + dir)
                    .setting("pidfile " + dir.resolve(PID_FILE))
                    .setting("appendonly yes")
                    .setting("appendfilename anxin.aof")
                    .setting("appendfsync " + appendfsync)
                    .setting("save \"\"")
                    .setting("protected-mode yes")
                    .setting("daemonize no")
                    // stop() sends SIGTERM and waits: redis-server then writes out and fsyncs its AOF. With a forced
                    // stop (SIGKILL, not waited for) writes acknowledged under appendfsync everysec were lost on a
                    // restart when the background fsync lagged (RedisRestartIT).
                    .onShutdownForceStop(false);
            if (clusterNode) {
                builder.setting("cluster-enabled yes")
                        .setting("cluster-config-file nodes.conf")
                        .setting("cluster-node-timeout 5000");
            }
            RedisServer server = builder.build();
            server.start();
            return new EmbeddedRedis(server, port, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded redis-server in " + dataDir, e);
        }
    }

    /** For tests: a server in a fresh temporary directory. */
    public static EmbeddedRedis startTemporary() {
        try {
            return start(Files.createTempDirectory("anxin-redis-"), "everysec");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public String description() {
        return url() + " (embedded redis-server, AOF in " + dataDir + ")";
    }

    /** Stops the server; redis-server writes the AOF out on the way down. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded redis-server on port " + port, e);
        }
    }

    private static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = parseNumber(Files.readString(pidFile, StandardCharsets.US_ASCII))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false));
        if (orphan.isPresent()) {
            log.warn("stopping redis-server pid {} left running on {} by an earlier run", orphan.get().pid(), dir);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                orphan.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parseNumber(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A free loopback port; for a cluster node, one whose cluster bus port, 10,000 above it, is free as well. */
    private static int freePort(boolean clusterNode) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            if (!clusterNode || port + CLUSTER_BUS_OFFSET <= 65_535 && isFree(port + CLUSTER_BUS_OFFSET)) {
                return port;
            }
        }
        throw new IOException("no free pair of ports for a cluster node and its bus");
    }
}
