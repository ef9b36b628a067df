package io.anxin.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.WidgetSocketClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A customer who sends more than the quota is told when to come back, on every channel, and nothing more is stored. */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    @TempDir
    static Path redisData;

    @DynamicPropertySource
    static void tightLimits(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> redisData.toString());
        registry.add("anxin.rate-limit.per-customer.requests", () -> "3");
        registry.add("anxin.rate-limit.per-customer.window", () -> "1m");
    }

    @LocalServerPort
    int port;

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private WebTestClient.ResponseSpec post(String customer, String messageId) {
        return client().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"customerId\":\"" + customer + "\",\"messageId\":\"" + messageId + "\",\"text\":\"你好\"}")
                .exchange();
    }

    @Test
    void the_api_answers_429_with_retry_after_once_a_customer_has_used_the_quota_and_stores_nothing_of_it() {
        String customer = UUID.randomUUID().toString();
        String conversation = post(customer, "m1").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody().replaceAll(".*\"conversationId\":\"([^\"]+)\".*", "$1");
        post(customer, "m2").expectStatus().isOk();
        post(customer, "m3").expectStatus().isOk();

        post(customer, "m4").expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("retry in"));

        client().get().uri("/api/v1/conversations/" + conversation).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.turns").isEqualTo(3);
        // another customer is not held up by this one
        post(UUID.randomUUID().toString(), "m1").expectStatus().isOk();
    }

    @Test
    void the_widget_socket_answers_a_message_over_the_quota_with_a_rate_limited_error_frame() {
        String visitor = UUID.randomUUID().toString();
        try (WidgetSocketClient socket = WidgetSocketClient.open(port)) {
            socket.send("{\"type\":\"hello\",\"visitor\":\"" + visitor + "\"}");
            assertThat(socket.nextContaining("welcome", Duration.ofSeconds(10))).isNotNull();
            for (int i = 1; i <= 3; i++) {
                socket.send("{\"type\":\"message\",\"id\":\"w" + i + "\",\"text\":\"你好\"}");
                assertThat(socket.nextContaining("\"answer\"", Duration.ofSeconds(10))).contains("\"id\":\"w" + i + "\"");
            }
            socket.send("{\"type\":\"message\",\"id\":\"w4\",\"text\":\"你好\"}");
            assertThat(socket.nextContaining("\"error\"", Duration.ofSeconds(10)))
                    .contains("\"code\":\"rate-limited\"").contains("\"id\":\"w4\"");
        }
    }

    @Test
    void the_feedback_form_over_the_quota_is_a_429_with_retry_after() {
        String visitor = UUID.randomUUID().toString();
        for (int i = 1; i <= 4; i++) {
            WebTestClient.ResponseSpec response = client().post().uri("/widget/api/feedback")
                    .contentType(MediaType.APPLICATION_JSON).header("X-Anxin-Visitor", visitor)
                    .bodyValue("{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"建议APP增加夜间模式\"}")
                    .exchange();
            if (i < 4) {
                response.expectStatus().isOk();
            } else {
                response.expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
            }
        }
    }
}
