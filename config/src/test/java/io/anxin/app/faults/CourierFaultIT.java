package io.anxin.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.anxin.app.AnxinApplication;
import io.anxin.app.support.DeskUsers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Departments that cannot be reached: compliance's webhook hangs, fails with 5xx, or drops the connection;
 * the mail server for the e-mailed departments is down (GreenMail stopped). Each notice is tried the configured
 * number of times, the configured time apart, then parked where supervisors see it; customers are answered at
 * their usual speed all along.
 */
class CourierFaultIT {

    private static final String PASSWORD = "courier-fault-password";
    /** Longer than the outbox waits between attempts would be safe for; shorter than the courier's 10 s timeout. */
    private static final long HOLD_MS = 9000;
    private static final long RETRY_AFTER_MS = 10_000;

    @TempDir
    Path dir;

    @Test
    void failing_departments_are_retried_then_parked_for_supervisors_while_customers_are_answered_at_once() throws Exception {
        Map<String, List<Long>> webhookCalls = new ConcurrentHashMap<>();
        AtomicInteger calls = new AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean holding = new java.util.concurrent.atomic.AtomicBoolean();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hooks/compliance", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            webhookCalls.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            int call = calls.getAndIncrement();
            if (call == 0) { // the first delivery hangs until the test has seen customers answered meanwhile
                holding.set(true);
                await(release, HOLD_MS);
                holding.set(false);
                exchange.sendResponseHeaders(503, -1);
            } else if (call % 2 == 1) { // a server error
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close(); // otherwise: the connection dropped without an answer
        });
        webhook.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        webhook.start();
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smtp.stop(); // the mail server is down for the whole test

        String policy = new String(new ClassPathResource("policies/default.yml").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).replace("email: compliance@example.com",
                "webhook: http://127.0.0.1:" + webhook.getAddress().getPort() + "/hooks/compliance");
        // a folder of its own: every *.yml beside the active pack is read as a pack
        Path policyFile = Files.writeString(Files.createDirectories(dir.resolve("policies")).resolve("default.yml"), policy);
        Path users = DeskUsers.withPassword(PASSWORD).user("chen.jie", "陈杰", "supervisor")
                .user("zhou.min", "周敏", "compliance").writeTo(dir);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AnxinApplication.class).run(
                "--server.port=0", "--anxin.redis.url=", "--anxin.redis.embedded.data-dir=" + dir.resolve("redis"),
                "--anxin.policy=file:" + policyFile, "--anxin.users=file:" + users,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=1000",
                "--anxin.outbox.poll-every=100ms", "--anxin.outbox.retry-after=" + RETRY_AFTER_MS + "ms",
                "--anxin.outbox.max-attempts=3",
                "--anxin.rate-limit.per-customer.requests=0", "--anxin.rate-limit.per-address.requests=0")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            ApiCustomers customers = new ApiCustomers(() -> port);

            // asset safety: compliance is told in confidence (webhook); whistle-blowing: compliance and the general
            // manager's office (e-mail)
            assertThat(customers.send("fault-asset", "m1", ApiCustomers.TEXTS.get(0)).status()).isEqualTo(200);
            assertThat(customers.send("fault-whistle", "m1", "我要举报你们的客户经理私下收取回扣，违规操作").status())
                    .isEqualTo(200);

            // While a delivery hangs on the webhook and the mail server refuses, customers keep being answered.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(holding::get);
            List<Integer> statuses = Flux.range(0, 16)
                    .flatMap(i -> Mono.fromCallable(() -> customers.send("fault-busy-" + i, "m1",
                            ApiCustomers.TEXTS.get(1 + i % 3)).status()).subscribeOn(Schedulers.boundedElastic()), 8)
                    .collectList().block(Duration.ofSeconds(60));
            assertThat(holding.get()).as("the first delivery still hanging when the customers were all answered").isTrue();
            assertThat(statuses).hasSize(16).containsOnly(200);
            release.countDown();

            // every notice here is in confidence, so it is compliance who sees them parked
            WebTestClient compliance = staff(port, "zhou.min");
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                List<Map<String, Object>> parked = compliance.get().uri("/api/v1/desk/dead-letters").exchange()
                        .expectStatus().isOk()
                        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                        .returnResult().getResponseBody();
                assertThat(parked).filteredOn(d -> String.valueOf(d.get("id")).endsWith(":compliance"))
                        .as("compliance's notices parked").hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(d -> assertThat(((Number) d.get("attempts")).intValue()).isEqualTo(3));
                assertThat(parked).filteredOn(d -> String.valueOf(d.get("id")).endsWith(":general-manager"))
                        .as("the general manager's e-mail parked").hasSize(1)
                        .allSatisfy(d -> assertThat((String) d.get("reason")).isNotBlank());
            });
            // three attempts per compliance notice, spaced by retry-after (counted from when an instance claimed the
            // notice, which on a busy machine is a little before the call reaches the webhook)
            assertThat(webhookCalls).hasSizeGreaterThanOrEqualTo(2).allSatisfy((id, at) -> {
                assertThat(at).as("attempts of %s", id).hasSize(3);
                for (int i = 1; i < at.size(); i++) {
                    assertThat(Duration.ofNanos(at.get(i) - at.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(RETRY_AFTER_MS / 2));
                }
            });
            WebTestClient supervisor = staff(port, "chen.jie");
            assertThat(supervisor.get().uri("/api/v1/desk/dead-letters").exchange().expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                    .returnResult().getResponseBody())
                    .as("a supervisor is not shown notices sent in confidence").isEmpty();
            supervisor.get().uri("/api/v1/desk/dead-letters").headers(h -> h.setBasicAuth("chen.jie", "wrong"))
                    .exchange().expectStatus().isUnauthorized();
        } finally {
            webhook.stop(0);
        }
    }

    private static WebTestClient staff(int port, String id) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(10))
                .defaultHeaders(h -> h.setBasicAuth(id, PASSWORD)).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch, long millis) {
        try {
            latch.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
