package io.anxin.app.api;

import io.anxin.app.AnxinApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Stopping and starting Anxin again keeps what it registered: the embedded Redis persists to its AOF. */
class RestartKeepsTicketsIT {

    @TempDir
    Path redisData;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AnxinApplication.class).run(
                "--server.port=0", "--anxin.redis.url=", "--anxin.redis.embedded.data-dir=" + redisData);
    }

    private static WebTestClient client(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void a_ticket_registered_before_a_restart_can_be_fetched_after_it() {
        String[] number = new String[1];
        String[] conversation = new String[1];
        try (ConfigurableApplicationContext first = start()) {
            client(first).post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"customerId\":\"restart-1\",\"messageId\":\"m1\",\"text\":\"你们的APP提现三天了还没到账，太过分了！\"}")
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.ticket.number").value(n -> number[0] = (String) n)
                    .jsonPath("$.conversationId").value(c -> conversation[0] = (String) c);
        }

        try (ConfigurableApplicationContext second = start()) {
            client(second).get().uri("/api/v1/tickets/" + number[0] + "?conversation=" + conversation[0]).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.number").isEqualTo(number[0]);
            // The retry after the restart is recognised, not registered again.
            client(second).post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"customerId\":\"restart-1\",\"messageId\":\"m1\",\"text\":\"你们的APP提现三天了还没到账，太过分了！\"}")
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.ticket.number").isEqualTo(number[0]);
        }
    }
}
