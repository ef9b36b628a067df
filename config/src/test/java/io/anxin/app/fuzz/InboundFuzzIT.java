package io.anxin.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.DeskUsers;
import io.anxin.app.support.WidgetSocketClient;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Generated bad input on every inbound endpoint: the open API, the widget's feedback form, ticket list and socket,
 * and the desk API. Whatever comes in, the answer is a 2xx or a precise 4xx, never a 5xx, within seconds; the
 * application keeps serving; and nothing is stored for a signed user whose signature was forged or replayed.
 * Each test draws a bounded number of cases from a fixed seed (override with -Dfuzz.seed, -Dfuzz.tries).
 */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboundFuzzIT {

    private static final String SECRET = "fuzz-widget-secret";
    private static final String PASSWORD = "fuzz-desk-password";
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 100);
    /** Signed users whose signatures the fuzzer forges; nothing may ever be stored for them. */
    private static final List<String> VICTIMS = List.of("victim-1", "victim-2", "victim-3");

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> dir.resolve("redis").toString());
        registry.add("anxin.channels.widget.hmac-secret", () -> SECRET);
        registry.add("anxin.rate-limit.per-customer.requests", () -> "0");
        registry.add("anxin.rate-limit.per-address.requests", () -> "0");
        registry.add("anxin.users", () -> DeskUsers.withPassword(PASSWORD).user("chen.jie", "陈杰", "supervisor", "agent").location(dir));
    }


    @LocalServerPort
    int port;

    @Autowired
    RedisClusterReactiveCommands<String, String> redis;

    /**
     * One connection per request ({@code Connection: close}): after the server refuses a request it cannot read
     * whole (a header over 8 KB, a body over 64 KB), a second request on the same keep-alive connection went
     * unanswered in the first runs of this test; that is recorded in docs/benchmarks.md, and each case here is
     * judged on its own connection.
     */
    private final reactor.netty.http.client.HttpClient http = reactor.netty.http.client.HttpClient.create()
            .keepAlive(false).responseTimeout(Duration.ofSeconds(15));

    private static final String VALID_AUTH = "Basic " + Base64.getEncoder().encodeToString(
            ("chen.jie:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final java.util.concurrent.atomic.AtomicInteger closedUnanswered = new java.util.concurrent.atomic.AtomicInteger();

    /** What came back: the status, the Content-Type and the body. */
    record Response(int statusCode, String contentType, String body) {}

    private Response send(String method, String path, byte[] body, Map<String, String> headers) {
        Response response = http.headers(h -> headers.forEach(h::set))
                .request(io.netty.handler.codec.http.HttpMethod.valueOf(method))
                .uri("http://127.0.0.1:" + port + path)
                .send(reactor.netty.ByteBufFlux.fromInbound(reactor.core.publisher.Mono.just(body)))
                .responseSingle((head, content) -> content.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                        .map(text -> new Response(head.status().code(),
                                String.valueOf(head.responseHeaders().get("Content-Type")), text)))
                .onErrorResume(reactor.netty.http.client.PrematureCloseException.class, e -> {
                    // A request refused before its body is read (over the 64 KB limit, not JSON) may get its
                    // connection closed instead of an answer: Reactor Netty's doing, recorded in docs/benchmarks.md;
                    // nothing is stored either way. Any other request (a refused path or sign-in included) is answered.
                    String type = headers.getOrDefault("Content-Type", "");
                    boolean refusedUnread = body.length > 64 * 1024 || !type.equals("application/json");
                    if (refusedUnread) {
                        closedUnanswered.incrementAndGet();
                        return reactor.core.publisher.Mono.just(new Response(400, "closed", ""));
                    }
                    return reactor.core.publisher.Mono.error(new AssertionError(method + " " + path + " with "
                            + headers + " and " + body.length + " bytes: connection closed without an answer", e));
                })
                .block(Duration.ofSeconds(20));
        if (response == null) {
            throw new AssertionError(method + " " + path + " got no answer");
        }
        return response;
    }

    private static void assertNoServerError(Response response, String what, long seed) {
        assertThat(response.statusCode()).as("%s (seed %d): %s", what, seed, response.body()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.body()).as("%s (seed %d)", what, seed).doesNotContain("Exception").doesNotContain("at io.");
        }
    }

    @Test
    void the_open_api_answers_any_body_with_a_2xx_or_a_precise_4xx() {
        Garbage garbage = new Garbage(SEED);
        for (int i = 0; i < TRIES; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("customerId", "fuzz-" + garbage.nextInt(20));
            fields.put("messageId", "m-" + i);
            fields.put("text", garbage.text());
            fields.put("lang", List.of("zh-Hans", "en", "fr", "").get(garbage.nextInt(4)));
            byte[] body = garbage.body(fields);
            String type = List.of("application/json", "application/json; charset=ISO-8859-1", "text/plain",
                    "application/x-www-form-urlencoded").get(garbage.nextInt(8) < 6 ? 0 : 1 + garbage.nextInt(3));
            Response response = send("POST", "/api/v1/messages", body, Map.of("Content-Type", type));
            assertNoServerError(response, "POST /api/v1/messages #" + i, SEED);
            if (response.statusCode() >= 400 && !response.contentType().equals("closed")) {
                assertThat(response.contentType()).as("POST /api/v1/messages #%d: %s", i, response.body())
                        .startsWith("application/problem+json");
            }
            assertNoServerError(send("GET", "/api/v1/tickets/" + encode(garbage.text()) + "?conversation="
                    + encode(garbage.text()), new byte[0], Map.of()), "GET ticket #" + i, SEED);
            assertNoServerError(send("GET", "/api/v1/conversations/" + encode(garbage.text()), new byte[0], Map.of()),
                    "GET conversation #" + i, SEED);
        }
        stillServing();
    }

    @Test
    void the_widget_calls_refuse_forged_and_replayed_signatures_and_store_nothing_for_the_forged_user() {
        Garbage garbage = new Garbage(SEED + 1);
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < TRIES; i++) {
            String victim = VICTIMS.get(garbage.nextInt(VICTIMS.size()));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            boolean forged = true;
            switch (garbage.nextInt(6)) {
                case 0 -> { // a random signature
                    headers.put("X-Anxin-User", victim);
                    headers.put("X-Anxin-Timestamp", Long.toString(now));
                    headers.put("X-Anxin-Signature", garbage.hex(64));
                }
                case 1 -> { // a real signature replayed two days later
                    long old = now - 2 * 86_400 - garbage.nextInt(100_000);
                    headers.put("X-Anxin-User", victim);
                    headers.put("X-Anxin-Timestamp", Long.toString(old));
                    headers.put("X-Anxin-Signature", sign(victim, old));
                }
                case 2 -> { // a real signature of another timestamp, or of another user
                    headers.put("X-Anxin-User", victim);
                    headers.put("X-Anxin-Timestamp", Long.toString(now - 1));
                    headers.put("X-Anxin-Signature", garbage.nextInt(2) == 0 ? sign(victim, now) : sign("someone-else", now - 1));
                }
                case 3 -> { // malformed parts
                    headers.put("X-Anxin-User", victim);
                    headers.put("X-Anxin-Timestamp", garbage.nextInt(2) == 0 ? "yesterday" : "9".repeat(30));
                    headers.put("X-Anxin-Signature", garbage.nextInt(2) == 0 ? "zz" : "");
                }
                case 4 -> { // a visitor id of any shape (refused unless well formed; then it is an anonymous visitor)
                    headers.put("X-Anxin-Visitor", ascii(garbage.text()));
                    forged = false;
                }
                default -> { // a signature far in the future
                    long later = now + 86_400;
                    headers.put("X-Anxin-User", victim);
                    headers.put("X-Anxin-Timestamp", Long.toString(later));
                    headers.put("X-Anxin-Signature", sign(victim, later));
                }
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("id", "f" + Long.toHexString(SEED) + "-" + i);
            fields.put("text", garbage.text());
            fields.put("contact", garbage.text());
            Response feedback = send("POST", "/widget/api/feedback", garbage.body(fields), headers);
            assertNoServerError(feedback, "POST /widget/api/feedback #" + i, SEED + 1);
            if (forged) {
                assertThat(feedback.statusCode()).as("forged feedback #%d: %s", i, feedback.body()).isIn(400, 401, 413);
            }
            Response tickets = send("GET", "/widget/api/tickets", new byte[0], headers);
            assertNoServerError(tickets, "GET /widget/api/tickets #" + i, SEED + 1);
            if (forged) {
                assertThat(tickets.statusCode()).isEqualTo(401);
            }
        }
        assertNothingStoredForTheVictims();
        stillServing();
    }

    @Test
    void the_widget_socket_survives_any_frame_and_refuses_forged_hellos_with_1008() {
        Garbage garbage = new Garbage(SEED + 2);
        long now = Instant.now().getEpochSecond();
        for (int round = 0; round < Math.max(3, TRIES / 25); round++) {
            try (WidgetSocketClient socket = WidgetSocketClient.open(port)) {
                // garbage before a hello
                socket.send(frame(garbage, Map.of("type", "message")));
                assertThat(socket.nextContaining("\"type\":\"error\"", Duration.ofSeconds(10))).isNotNull();
                socket.send("{\"type\":\"hello\",\"visitor\":\"fuzz-visitor-" + round + "-0123456789\"}");
                assertThat(socket.nextContaining("welcome", Duration.ofSeconds(10))).as("welcome, round %d", round).isNotNull();
                for (int i = 0; i < 20; i++) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("type", List.of("message", "ping", "hello", "nonsense").get(garbage.nextInt(4)));
                    fields.put("id", garbage.nextInt(3) == 0 ? garbage.text() : "w" + round + "-" + i);
                    fields.put("text", garbage.text());
                    socket.send(frame(garbage, fields));
                }
                socket.send("{\"type\":\"ping\"}");
                assertThat(socket.nextContaining("pong", Duration.ofSeconds(30))).as("still answering, round %d", round)
                        .isNotNull();
                assertThat(socket.closedWith()).isEqualTo(-1);
            }
            try (WidgetSocketClient forger = WidgetSocketClient.open(port)) {
                String victim = VICTIMS.get(garbage.nextInt(VICTIMS.size()));
                long old = now - 3 * 86_400;
                String hello = garbage.nextInt(2) == 0
                        ? "{\"type\":\"hello\",\"user\":\"" + victim + "\",\"timestamp\":\"" + now + "\",\"signature\":\""
                                + garbage.hex(64) + "\"}"
                        : "{\"type\":\"hello\",\"user\":\"" + victim + "\",\"timestamp\":\"" + old + "\",\"signature\":\""
                                + sign(victim, old) + "\"}";
                forger.send(hello);
                try {
                    forger.send("{\"type\":\"message\",\"id\":\"forged-" + round + "\",\"text\":\"我要投诉\"}");
                } catch (java.util.concurrent.CompletionException closedFirst) {
                    // the server refused the hello and closed the socket before this frame went out: as good
                }
                assertThat(forger.nextContaining("\"type\":\"error\"", Duration.ofSeconds(10)))
                        .containsAnyOf("bad-signature", "expired-signature");
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (forger.closedWith() == -1 && System.nanoTime() < deadline) {
                    forger.next(Duration.ofMillis(100));
                }
                assertThat(forger.closedWith()).as("close code after a refused hello").isEqualTo(1008);
            }
        }
        assertNothingStoredForTheVictims();
        stillServing();
    }

    @Test
    void the_desk_api_answers_any_path_and_body_with_a_2xx_or_a_precise_4xx() {
        Garbage garbage = new Garbage(SEED + 3);
        List<String[]> calls = List.of(
                new String[] {"GET", "/api/v1/desk/tickets?status=%s&grade=%s&page=%s&size=%s"},
                new String[] {"GET", "/api/v1/desk/tickets/%s"},
                new String[] {"POST", "/api/v1/desk/tickets/%s/transitions"},
                new String[] {"PATCH", "/api/v1/desk/tickets/%s/form"},
                new String[] {"POST", "/api/v1/desk/tickets/%s/extension"},
                new String[] {"POST", "/api/v1/desk/tickets/%s/grade"},
                new String[] {"POST", "/api/v1/desk/tickets/%s/re-complaints"},
                new String[] {"GET", "/api/v1/desk/conversations/%s"},
                new String[] {"POST", "/api/v1/desk/conversations/%s/takeover"},
                new String[] {"POST", "/api/v1/desk/conversations/%s/replies"},
                new String[] {"POST", "/api/v1/desk/conversations/%s/hand-on"},
                new String[] {"POST", "/api/v1/desk/callbacks/%s/done"},
                new String[] {"GET", "/api/v1/desk/dead-letters"},
                new String[] {"GET", "/api/v1/desk/queue"});
        for (int i = 0; i < TRIES; i++) {
            String[] call = calls.get(garbage.nextInt(calls.size()));
            Object[] parts = {encode(garbage.text()), encode(garbage.text()), encode(garbage.text()), encode(garbage.text())};
            if (garbage.nextInt(3) == 0) {
                parts[0] = List.of("C-202611-0001", "cv-000000000000000000000000", "-1", "").get(garbage.nextInt(4));
            }
            String path = String.format(call[1], parts);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("to", List.of("in_progress", "resolved", "closed", "accepted").get(garbage.nextInt(4)));
            fields.put("text", garbage.text());
            fields.put("reason", garbage.text());
            fields.put("grade", Integer.toString(garbage.nextInt(9) - 2));
            fields.put("department", garbage.text());
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            switch (garbage.nextInt(8)) {
                case 0 -> headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("chen.jie:" + ascii(garbage.text())).getBytes(StandardCharsets.UTF_8)));
                case 1 -> headers.put("Authorization", ascii(garbage.text()));
                default -> headers.put("Authorization", VALID_AUTH);
            }
            Response response = send(call[0], path, call[0].equals("GET") ? new byte[0] : garbage.body(fields),
                    headers);
            assertNoServerError(response, call[0] + " " + path + " #" + i, SEED + 3);
        }
        stillServing();
    }

    /**
     * A frame of generated text. Frames over 64 KB are closed by the WebSocket layer itself with 1009 (too big)
     * before the widget's handler sees them: the widget never sends one, so the fuzzer keeps below that.
     */
    private static String frame(Garbage garbage, Map<String, String> fields) {
        String frame = new String(garbage.body(fields), StandardCharsets.UTF_8);
        return frame.getBytes(StandardCharsets.UTF_8).length > 60_000 ? frame.substring(0, 19_000) : frame;
    }

    private void stillServing() {
        System.out.println("requests refused unread whose connection was closed without an answer: " + closedUnanswered.get());
        Response response = send("POST", "/api/v1/messages",
                "{\"customerId\":\"after-fuzz\",\"messageId\":\"m1\",\"text\":\"你好\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** No conversation (chat or feedback) was ever opened for a victim: their customer keys do not exist. */
    private void assertNothingStoredForTheVictims() {
        for (String victim : VICTIMS) {
            for (String customer : List.of("user:" + victim, "user:" + victim + "/feedback")) {
                assertThat(redis.exists("anxin:customer:widget:" + sha256(customer)).block())
                        .as("a conversation stored for forged user %s", customer).isZero();
            }
        }
    }

    private static String sign(String user, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((user + ":" + timestamp).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header values must be visible ASCII for the client library itself to send them. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().filter(c -> c >= 0x20 && c < 0x7f).forEach(c -> out.append((char) c));
        return out.length() > 200 ? out.substring(0, 200) : out.toString();
    }

    /** A path segment or parameter of generated text, short enough for the 4 KB request line servers take. */
    private static String encode(String text) {
        return java.net.URLEncoder.encode(text.length() > 100 ? text.substring(0, 100) : text, StandardCharsets.UTF_8);
    }
}
