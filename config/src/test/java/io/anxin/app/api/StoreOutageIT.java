package io.anxin.app.api;

import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.WidgetSocketClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Anxin on a Redis it connects to by URL, while that Redis goes away and comes back. */
class StoreOutageIT {

    @TempDir
    Path redisData;

    @Test
    void while_redis_is_down_every_channel_refuses_within_a_second_with_retry_after_and_service_resumes_when_it_returns() {
        LocalRedis redis = TestRedis.start(redisData);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AnxinApplication.class)
                .run("--server.port=0", "--anxin.redis.url=" + redis.url())) {
            int appPort = ((WebServerApplicationContext) app).getWebServer().getPort();
            WebTestClient client = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + appPort)
                    .responseTimeout(Duration.ofSeconds(10))
                    .build();
            String body = "{\"customerId\":\"outage-1\",\"messageId\":\"m1\",\"text\":\"你们的APP提现三天了还没到账，太过分了！\"}";
            client.post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isOk();

            redis.close();
            long start = System.nanoTime();
            client.post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body.replace("m1", "m2"))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "1")
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            client.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);

            // Nothing hangs: many senders at once are each refused within a second, on every channel.
            List<Long> millis = Flux.range(0, 24)
                    .flatMap(i -> Mono.fromCallable(() -> {
                        long began = System.nanoTime();
                        client.post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(body.replace("outage-1", "outage-" + i).replace("m1", "n" + i))
                                .exchange().expectStatus().isEqualTo(503).expectHeader().exists("Retry-After");
                        return (System.nanoTime() - began) / 1_000_000;
                    }).subscribeOn(Schedulers.boundedElastic()), 24)
                    .collectList().block(Duration.ofSeconds(30));
            assertThat(millis).hasSize(24).allSatisfy(ms -> assertThat(ms).isLessThan(1000));
            client.post().uri("/widget/api/feedback").contentType(MediaType.APPLICATION_JSON)
                    .header("X-Anxin-Visitor", "0b1c9a7e-5d1f-4c7e-9a55-3f6f1b2c8d90")
                    .bodyValue("{\"id\":\"6d3f1c2a-0e7b-4a59\",\"text\":\"建议APP增加夜间模式\"}")
                    .exchange().expectStatus().isEqualTo(503).expectHeader().exists("Retry-After");
            try (WidgetSocketClient socket = WidgetSocketClient.open(appPort)) {
                socket.send("{\"type\":\"hello\",\"visitor\":\"0b1c9a7e-5d1f-4c7e-9a55-3f6f1b2c8d90\"}");
                assertThat(socket.nextContaining("\"error\"", Duration.ofSeconds(2))).contains("\"code\":\"unavailable\"");
            }

            redis = TestRedis.start(redisData); // on the same ports, from its append-only files
            WebTestClient resumed = client;
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    resumed.post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(body.replace("m1", "m2"))
                            .exchange().expectStatus().isOk());
        } finally {
            redis.close();
        }
    }
}
