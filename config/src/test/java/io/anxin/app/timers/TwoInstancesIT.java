package io.anxin.app.timers;

import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.core.redis.RedisTimerStore;
import io.anxin.core.sla.TimerClaim;
import io.anxin.core.testing.MutableClock;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two running instances of Anxin against one Redis, on one controllable clock: every milestone timer fires exactly
 * once, and the timers an instance had claimed when it died are fired by the survivor once their lease runs out.
 */
class TwoInstancesIT {

    /** A Tuesday, 10:00 in Shanghai: forward is due at 11:00, its warning at 10:48. */
    private static final Instant TUESDAY_10 = Instant.parse("2026-11-24T02:00:00Z");
    private static final int COMPLAINTS = 6;

    private final MutableClock clock = new MutableClock(TUESDAY_10);
    private LocalRedis redis;
    private TestRedis.Connection connection;
    private RedisClusterCommands<String, String> sync;

    @BeforeEach
    void startRedis() {
        redis = TestRedis.startTemporary();
        connection = TestRedis.connect(redis.url());
        sync = connection.sync();
    }

    @AfterEach
    void stopRedis() {
        connection.close();
        redis.close();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AnxinApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", (Clock) clock))
                .run("--server.port=0", "--anxin.redis.url=" + redis.url(), "--anxin.timers.poll-every=100ms",
                        "--anxin.outbox.poll-every=1h");
    }

    private static WebTestClient http(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** Escalation notices of milestone timers, counted by timer id. */
    private Map<String, Long> timerNotices() {
        List<StreamMessage<String, String>> notices = sync.xrange("anxin:escalations", Range.create("-", "+"));
        return notices.stream().map(n -> n.getBody().get("messageId"))
                .filter(id -> id.startsWith("timer:"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private Map<String, Long> awaitNotices(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Long> notices = timerNotices();
        while (notices.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            notices = timerNotices();
        }
        Thread.sleep(500); // a duplicate would come within a few more rounds
        return timerNotices();
    }

    @Test
    void every_timer_fires_exactly_once_and_the_claims_of_a_dead_instance_are_fired_by_the_other()
            throws InterruptedException {
        try (ConfigurableApplicationContext first = start()) {
            ConfigurableApplicationContext second = start();
            for (int i = 0; i < COMPLAINTS; i++) {
                http(i % 2 == 0 ? first : second).post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"customerId\":\"two-" + i + "\",\"messageId\":\"m1\",\"text\":\"你们的APP提现三天了还没到账，太过分了！\"}")
                        .exchange().expectStatus().isOk();
            }

            // An instance that claimed two of the forward timers, then died before handling them: it claims "in
            // the future" (at noon) so that the running instances, still at 10:00, cannot take them first.
            RedisTimerStore store = new RedisTimerStore(connection.reactive());
            Instant noon = TUESDAY_10.plus(Duration.ofHours(2));
            List<TimerClaim> dead = store.claimDue(noon, 2, Duration.ofMinutes(2)).collectList().block();
            assertThat(dead).hasSize(2);

            // Noon: the forward warnings and breaches of all six complaints are due; the instances fire all but
            // the two held by the dead instance, whose lease runs to 12:02.
            clock.set(noon);
            Map<String, Long> fired = awaitNotices(2 * COMPLAINTS - 2);
            assertThat(fired).hasSize(2 * COMPLAINTS - 2).allSatisfy((id, count) -> assertThat(count).isOne());
            assertThat(fired).doesNotContainKeys(dead.stream().map(c -> "timer:" + c.timer().id()).toArray(String[]::new));

            // The second instance stops too; after the lease the first one re-delivers and fires the dead claims.
            second.close();
            clock.set(noon.plus(Duration.ofMinutes(3)));
            Map<String, Long> all = awaitNotices(2 * COMPLAINTS);
            assertThat(all).hasSize(2 * COMPLAINTS).allSatisfy((id, count) -> assertThat(count).isOne());
            assertThat(all.keySet()).allMatch(id -> id.endsWith(":forward:warn") || id.endsWith(":forward:due"));
        }
    }
}
