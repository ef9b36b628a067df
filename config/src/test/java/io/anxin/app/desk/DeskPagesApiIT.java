package io.anxin.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.DeskUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * What the desk pages add to the desk API, over real HTTP: the session sign-in with its CSRF token, the deferred
 * inquiries answered and kept as knowledge-base entries, the canned replies and the agents' load.
 */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskPagesApiIT {

    private static final String PASSWORD = "desk-test-password";
    private static final String AGENT = "li.wei";
    private static final String SUPERVISOR = "chen.jie";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void isolatedRedisAndUsers(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> dir.resolve("redis").toString());
        registry.add("anxin.outbox.poll-every", () -> "200ms");
        registry.add("anxin.users", () -> DeskUsers.withPassword(PASSWORD).user(AGENT, "李伟", "agent")
                .user(SUPERVISOR, "陈杰", "supervisor").location(dir));
    }

    @LocalServerPort
    int port;

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    private WebTestClient as(String user) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(h -> h.setBasicAuth(user, PASSWORD)).build();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> say(String customer, String id, String text) {
        return http().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", customer, "messageId", id, "text", text))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void the_pages_sign_in_with_a_session_and_every_change_they_make_needs_the_csrf_token() {
        var login = http().get().uri("/desk/login").exchange().expectStatus().isOk().returnResult(String.class);
        ResponseCookie xsrf = login.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(xsrf).isNotNull();
        assertThat(xsrf.isHttpOnly()).as("the pages' scripts read it").isFalse();

        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", AGENT);
        form.add("password", PASSWORD);
        http().post().uri("/desk/login").cookie("XSRF-TOKEN", xsrf.getValue()).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isForbidden();

        form.add("_csrf", xsrf.getValue());
        var signedIn = http().post().uri("/desk/login").cookie("XSRF-TOKEN", xsrf.getValue())
                .body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isFound().expectHeader().valueEquals(HttpHeaders.LOCATION, "/desk/").returnResult(Void.class);
        String session = signedIn.getResponseCookies().getFirst("SESSION").getValue();

        http().get().uri("/desk/").cookie("SESSION", session).exchange().expectStatus().isOk();
        http().get().uri("/api/v1/desk/me").cookie("SESSION", session).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(AGENT);
        // a page of another site could make the browser send the session cookie, but not read the token
        http().post().uri("/api/v1/desk/conversations/cv-0123456789abcdef01234567/hand-on").cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isForbidden();
        http().post().uri("/api/v1/desk/conversations/cv-0123456789abcdef01234567/hand-on").cookie("SESSION", session)
                .cookie("XSRF-TOKEN", xsrf.getValue()).header("X-XSRF-TOKEN", xsrf.getValue())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.detail")
                .isEqualTo("only the agent who took the conversation hands it on");
        // without a session the pages send the user to sign in, the API answers 401 without a Basic challenge to them
        http().get().uri("/desk/").exchange().expectStatus().isFound().expectHeader().valueEquals(HttpHeaders.LOCATION, "/desk/login");
        http().get().uri("/api/v1/desk/me").header("X-Requested-With", "XMLHttpRequest").exchange()
                .expectStatus().isUnauthorized().expectHeader().doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_inquiry_the_knowledge_base_could_not_answer_is_answered_on_the_desk_and_kept_so_the_bot_answers_it_next_time() {
        String question = "你们公司的营业执照在哪里可以查看？";
        Map<String, Object> first = say("q-1", "m-1", question);
        String number = ((Map<String, Object>) first.get("ticket")).get("number").toString();
        assertThat(number).startsWith("Q-");
        String conversation = first.get("conversationId").toString();

        as(AGENT).post().uri("/api/v1/desk/tickets/" + number + "/answer").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "我们保证今天处理")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("保证"));
        String answer = "营业执照可在APP“我的-关于我们-资质证照”中查看。";
        as(AGENT).post().uri("/api/v1/desk/tickets/" + number + "/answer").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", answer)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("resolved")
                .jsonPath("$.form.answer").isEqualTo(answer)
                .jsonPath("$.milestones[0].milestone").isEqualTo("inquiry_answer")
                .jsonPath("$.milestones[0].met").isEqualTo(true);
        as(AGENT).post().uri("/api/v1/desk/tickets/" + number + "/answer").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", answer)).exchange().expectStatus().isEqualTo(409);
        // delivered through the outbox to the customer's channel and written in the transcript as the agent's line
        awaitTranscriptLine(conversation, answer);

        as(AGENT).post().uri("/api/v1/desk/knowledge").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("ticket", number,
                        "questions", Map.of("zh-Hans", question, "zh-Hant", "你們公司的營業執照在哪裡可以查看？",
                                "en", "Where can I see your business licence?"),
                        "answers", Map.of("zh-Hans", answer, "zh-Hant", "營業執照可在APP「我的-關於我們-資質證照」中查看。",
                                "en", "Our business licence is in the app under Me - About us - Licences.")))
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.id").isEqualTo("desk-" + number.toLowerCase());

        Map<String, Object> next = say("q-2", "m-1", question);
        assertThat(next.get("ticket")).isNull();
        assertThat((List<Map<String, Object>>) next.get("replies")).extracting(r -> r.get("text")).contains(answer);
    }

    @Test
    void the_canned_replies_come_in_three_languages_and_the_supervisor_sees_who_owns_how_many_conversations() {
        as(AGENT).get().uri("/api/v1/desk/canned-replies").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].id").isEqualTo("greeting")
                .jsonPath("$[0].texts.zh-Hans").isEqualTo("您好，我是客服人员，接下来由我为您处理。")
                .jsonPath("$[0].texts.en").exists();

        String conversation = say("load-1", "m-1", "转人工").get("conversationId").toString();
        as(AGENT).post().uri("/api/v1/desk/conversations/" + conversation + "/takeover").exchange().expectStatus().isOk();
        as(AGENT).get().uri("/api/v1/desk/agents/load").exchange().expectStatus().isForbidden();
        as(SUPERVISOR).get().uri("/api/v1/desk/agents/load").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.agent == 'li.wei')].count").isEqualTo(List.of(1))
                .jsonPath("$[?(@.agent == 'li.wei')].conversations[0]").isEqualTo(List.of(conversation));
    }

    @SuppressWarnings("unchecked")
    private void awaitTranscriptLine(String conversation, String text) {
        long until = System.currentTimeMillis() + 10_000;
        while (true) {
            Map<String, Object> view = http().get().uri("/api/v1/conversations/" + conversation).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            List<Map<String, Object>> lines = (List<Map<String, Object>>) view.get("transcript");
            if (lines.stream().anyMatch(l -> "agent".equals(l.get("speaker")) && text.equals(l.get("text")))) {
                return;
            }
            assertThat(System.currentTimeMillis()).as("the answer in the transcript of %s: %s", conversation, lines)
                    .isLessThan(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
