package io.anxin.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.engine.Lease;
import io.anxin.core.engine.TurnStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An instance handling as many messages as it may refuses the next at once, with the time to retry, instead of
 * making it wait behind the others; the refused message is taken when sent again, once.
 */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InFlightLimitIT {

    @TempDir
    static Path redisData;

    @DynamicPropertySource
    static void oneMessageAtOnce(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> redisData.toString());
        registry.add("anxin.engine.max-in-flight", () -> "1");
        registry.add("anxin.engine.busy-retry-after", () -> "2s");
    }

    @LocalServerPort
    int port;

    @Autowired
    TurnStore turns;

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private EntityExchangeResult<String> post(String customer, String messageId) {
        return client().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"customerId\":\"" + customer + "\",\"messageId\":\"" + messageId + "\",\"text\":\"你好\"}")
                .exchange().expectBody(String.class).returnResult();
    }

    @Test
    void the_message_beyond_the_most_at_once_is_refused_with_503_and_retry_after_and_taken_when_sent_again() {
        String waiting = UUID.randomUUID().toString();
        String conversation = post(waiting, "m1").getResponseBody().replaceAll(".*\"conversationId\":\"([^\"]+)\".*", "$1");
        // the customer's next message waits for its conversation, held here as another instance's turn would hold it:
        // the one message this instance may handle at once
        Lease held = turns.tryLease(new ConversationId(conversation), Duration.ofSeconds(30)).block();
        assertThat(held).isNotNull();
        AtomicInteger waited = new AtomicInteger();
        Mono.fromCallable(() -> post(waiting, "m2").getStatus().value()).subscribeOn(Schedulers.boundedElastic())
                .subscribe(waited::set);

        AtomicInteger tries = new AtomicInteger();
        String[] refused = new String[1];
        EntityExchangeResult<String> busy = Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> {
            refused[0] = "refused-" + tries.incrementAndGet() + "-" + UUID.randomUUID();
            return post(refused[0], "m1");
        }, result -> result.getStatus().value() == 503);
        assertThat(busy.getResponseHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(busy.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(busy.getResponseBody()).contains("handling the 1 messages it may at once")
                .contains("not accepted");
        assertThat(waited.get()).as("the waiting message, still waiting").isZero();

        turns.release(held).block();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> waited.get() == 200);
        EntityExchangeResult<String> again = post(refused[0], "m1");
        assertThat(again.getStatus().value()).isEqualTo(200);
        String refusedConversation = again.getResponseBody().replaceAll(".*\"conversationId\":\"([^\"]+)\".*", "$1");
        client().get().uri("/api/v1/conversations/" + refusedConversation).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.turns").isEqualTo(1);
    }
}
