package io.anxin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.core.redis.EmbeddedRedis;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Anxin on a Redis it connects to by URL, while that Redis goes away and comes back. */
class StoreOutageIT {

    @TempDir
    Path redisData;

    @Test
    void while_redis_is_down_messages_get_a_503_with_retry_after_at_once_and_service_resumes_when_it_returns() {
        EmbeddedRedis redis = EmbeddedRedis.start(redisData, "everysec");
        int port = redis.port();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AnxinApplication.class)
                .run("--server.port=0", "--anxin.redis.url=redis://127.0.0.1:" + port)) {
            WebTestClient client = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort())
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
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            client.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);

            redis = EmbeddedRedis.start(redisData, "everysec", port);
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
