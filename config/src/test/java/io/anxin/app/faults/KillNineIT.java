package io.anxin.app.faults;

import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.faults.ApiCustomers.Sent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application killed with SIGKILL while customers write: whatever it answered 2xx is in Redis afterwards, and
 * the partner's retries after the restart (of everything, acknowledged or not) register nothing twice.
 */
class KillNineIT {

    private static final int CUSTOMERS = 12;

    @TempDir
    Path dir;

    @Test
    void every_acknowledged_message_survives_a_kill_9_and_retries_after_the_restart_make_no_duplicates() throws Exception {
        int port = freePort();
        try (LocalRedis redis = TestRedis.start(dir.resolve("redis"));
                TestRedis.Connection connection = TestRedis.connect(redis.url())) {
            String[] settings = {"--anxin.redis.url=" + redis.url(),
                    "--anxin.rate-limit.per-customer.requests=0", "--anxin.rate-limit.per-address.requests=0",
                    // a turn cut by the kill holds its conversation only this long, so the retries get through soon
                    "--anxin.engine.lease-ttl=2s", "--anxin.engine.lease-wait=3s"};
            ApiCustomers customers = new ApiCustomers(() -> port);
            List<Sent> sent;
            AppProcess first = AppProcess.start(port, dir.resolve("logs"), settings);
            try {
                AtomicBoolean killed = new AtomicBoolean();
                Thread killer = new Thread(() -> {
                    try {
                        customers.awaitAcknowledged(0, 4 * CUSTOMERS, Duration.ofSeconds(90));
                    } finally {
                        first.kill(); // with messages in flight: the customers never wait for each other
                        killed.set(true);
                    }
                });
                killer.start();
                sent = customers.writeUntil("kill9", CUSTOMERS, killed::get);
                killer.join();
            } finally {
                first.close();
            }
            List<Sent> acknowledged = sent.stream().filter(Sent::acknowledged).toList();
            assertThat(acknowledged).as("messages answered before the kill").hasSizeGreaterThan(CUSTOMERS);

            try (AppProcess second = AppProcess.start(port, dir.resolve("logs"), settings)) {
                customers.assertNothingLostOrDoubled(sent, () -> connection.sync().zcard("anxin:tickets:created"));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
