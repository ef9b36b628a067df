package io.anxin.app.cluster;

import io.anxin.core.redis.LocalRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.DeskUsers;
import io.anxin.app.support.WidgetSocketClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two Anxin instances sharing a three-master Redis Cluster: the main flows work with every script in one slot, and
 * what one instance registered the other recognises (a retry on the other instance registers nothing twice).
 */
class ClusterIT {

    private static final String PASSWORD = "cluster-desk-password";
    private static final String WITHDRAWAL = "你们的APP提现三天了还没到账，太过分了！";

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(String url, Path users) {
        return new SpringApplicationBuilder(AnxinApplication.class).run("--server.port=0", "--anxin.redis.url=" + url,
                "--anxin.users=file:" + users, "--anxin.rate-limit.per-customer.requests=3");
    }

    private static WebTestClient client(ConfigurableApplicationContext app) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort())
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static WebTestClient.ResponseSpec post(WebTestClient client, String customer, String messageId, String text) {
        return client.post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"customerId\":\"" + customer + "\",\"messageId\":\"" + messageId + "\",\"text\":\"" + text + "\"}")
                .exchange();
    }

    @Test
    @SuppressWarnings("unchecked")
    void two_instances_on_a_three_master_cluster_share_conversations_tickets_and_limits() throws IOException {
        Path users = DeskUsers.withPassword(PASSWORD).user("chen.jie", "陈杰", "supervisor", "agent").writeTo(dir);
        try (LocalRedis cluster = LocalRedis.start(dir.resolve("cluster"), "everysec", 3);
                ConfigurableApplicationContext one = start(cluster.url(), users);
                ConfigurableApplicationContext two = start(cluster.url(), users)) {
            client(one).get().uri("/actuator/health").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.components.redis.details.mode").isEqualTo("cluster");

            Map<String, Object> answer = post(client(one), "cluster-1", "m1", WITHDRAWAL).expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
            String number = (String) ((Map<String, Object>) answer.get("ticket")).get("number");
            String conversation = (String) answer.get("conversationId");

            // the partner's retry lands on the other instance: the same answer, nothing registered twice
            post(client(two), "cluster-1", "m1", WITHDRAWAL).expectStatus().isOk()
                    .expectBody().jsonPath("$.ticket.number").isEqualTo(number);
            post(client(two), "cluster-1", "m2", "订单号是 20261122001，金额 500 元").expectStatus().isOk();
            client(two).get().uri("/api/v1/tickets/" + number + "?conversation=" + conversation).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.content").isEqualTo(WITHDRAWAL);
            client(one).get().uri("/api/v1/conversations/" + conversation).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.turns").isEqualTo(2);
            // the quota is counted across instances (3 per minute here): the fourth message is refused on either
            post(client(one), "cluster-1", "m3", "好的，谢谢").expectStatus().isEqualTo(429);

            // the desk's index (one slot, {tickets}) finds the ticket
            client(two).get().uri("/api/v1/desk/tickets").headers(h -> h.setBasicAuth("chen.jie", PASSWORD)).exchange()
                    .expectStatus().isOk().expectBody(String.class)
                    .value(list -> assertThat(list).contains(number));

            // the widget's socket on the cluster
            int port = ((WebServerApplicationContext) two).getWebServer().getPort();
            try (WidgetSocketClient socket = WidgetSocketClient.open(port)) {
                socket.send("{\"type\":\"hello\",\"visitor\":\"cluster-visitor-0123456789\"}");
                assertThat(socket.nextContaining("welcome", Duration.ofSeconds(10))).isNotNull();
                socket.send("{\"type\":\"message\",\"id\":\"w1\",\"text\":\"" + WITHDRAWAL + "\"}");
                assertThat(socket.nextContaining("\"answer\"", Duration.ofSeconds(20))).contains("\"number\":\"C-");
            }
        }
    }
}
