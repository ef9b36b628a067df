package io.anxin.app.faults;

import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.faults.ApiCustomers.Sent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Redis restarted (AOF) while customers write: the application reconnects by itself, answers again without being
 * touched, and no acknowledged message or ticket is missing afterwards.
 */
class RedisRestartIT {

    private static final int CUSTOMERS = 8;

    @TempDir
    Path dir;

    @Test
    void the_application_reconnects_by_itself_after_a_redis_restart_and_loses_no_acknowledged_ticket() throws Exception {
        AtomicReference<LocalRedis> redis = new AtomicReference<>(TestRedis.start(dir));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AnxinApplication.class).run(
                "--server.port=0", "--anxin.redis.url=" + redis.get().url(),
                "--anxin.rate-limit.per-customer.requests=0", "--anxin.rate-limit.per-address.requests=0",
                // a turn cut by the outage may leave its lease behind in the AOF: it holds the conversation this long
                "--anxin.engine.lease-ttl=2s", "--anxin.engine.lease-wait=3s")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            ApiCustomers customers = new ApiCustomers(() -> port);
            AtomicBoolean done = new AtomicBoolean();
            int[] beforeRestart = new int[1];
            Thread operator = new Thread(() -> {
                try {
                    customers.awaitAcknowledged(0, 3 * CUSTOMERS, Duration.ofSeconds(90));
                    redis.get().close(); // SIGTERM: redis-server writes its AOF out and exits
                    pause(1000);
                    beforeRestart[0] = customers.acknowledged();
                    redis.set(TestRedis.start(dir)); // on the same ports, from its append-only files
                    // answered again after the restart, without anyone touching the application
                    customers.awaitAcknowledged(beforeRestart[0], 3 * CUSTOMERS, Duration.ofSeconds(60));
                } finally {
                    done.set(true);
                }
            });
            operator.start();
            List<Sent> sent = customers.writeUntil("redis-restart", CUSTOMERS, done::get);
            operator.join();

            assertThat(sent).filteredOn(m -> !m.acknowledged()).as("messages refused while Redis was down").isNotEmpty()
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(503));
            assertThat(customers.acknowledged()).as("acknowledged after the restart")
                    .isGreaterThanOrEqualTo(beforeRestart[0] + 3 * CUSTOMERS);
            assertThat(customers.send("redis-restart-probe", "p1", "你好").status()).isEqualTo(200);

            try (TestRedis.Connection connection = TestRedis.connect(redis.get().url())) {
                customers.assertNothingLostOrDoubled(sent, () -> connection.sync().zcard("anxin:tickets:created"));
            }
        } finally {
            redis.get().close();
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
