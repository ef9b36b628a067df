package io.anxin.app.api;

import io.anxin.core.testing.TestRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** The open HTTP channel as a partner system sees it: the whole application on an embedded Redis. */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenChannelIT {

    private static final String WITHDRAWAL = "你们的APP提现三天了还没到账，太过分了！";

    @TempDir
    static Path redisData;

    @DynamicPropertySource
    static void isolatedRedis(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> redisData.toString());
    }

    @LocalServerPort
    int port;

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private WebTestClient.ResponseSpec post(String json) {
        return client().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private Map<String, Object> send(String customer, String messageId, String text) {
        return post("{\"customerId\":\"" + customer + "\",\"messageId\":\"" + messageId + "\",\"text\":\"" + text + "\"}")
                .expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult().getResponseBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_angry_chinese_complaint_is_soothed_first_and_its_ticket_can_be_fetched() {
        Map<String, Object> answer = send(id(), id(), WITHDRAWAL);

        List<Map<String, Object>> replies = (List<Map<String, Object>>) answer.get("replies");
        String first = (String) replies.get(0).get("text");
        assertThat(first).contains("理解").contains("抱歉").doesNotContain("工单");
        Map<String, Object> ticket = (Map<String, Object>) answer.get("ticket");
        String number = (String) ticket.get("number");
        assertThat(number).matches("C-\\d{6}-\\d{4}");
        assertThat(ticket.get("status")).isEqualTo("accepted");
        assertThat(replies).anySatisfy(reply -> assertThat((String) reply.get("text")).contains(number));

        client().get().uri("/api/v1/tickets/" + number + "?conversation=" + answer.get("conversationId")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.type").isEqualTo("complaint")
                .jsonPath("$.content").isEqualTo(WITHDRAWAL)
                .jsonPath("$.form.receivingAgent").isEqualTo("anxin-bot");

        client().get().uri("/api/v1/conversations/" + answer.get("conversationId")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.transcript[0].speaker").isEqualTo("customer")
                .jsonPath("$.transcript[0].triage.intent").isEqualTo("complaint")
                .jsonPath("$.transcript[1].text").isEqualTo(first);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_customer_is_answered_in_the_script_they_wrote_in() {
        Map<String, Object> hant = send(id(), id(), "你們的APP提現三天了還沒到帳，太過分了！");
        String hantReply = (String) ((List<Map<String, Object>>) hant.get("replies")).get(0).get("text");
        assertThat(hantReply).contains("您").containsAnyOf("們", "麻煩", "這", "帶來");

        Map<String, Object> en = send(id(), id(), "Your app lost my withdrawal three days ago and nobody answers, this is ridiculous!");
        String enReply = (String) ((List<Map<String, Object>>) en.get("replies")).get(0).get("text");
        assertThat(enReply).containsIgnoringCase("sorry");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_same_message_posted_concurrently_yields_one_ticket_and_the_same_reply() {
        String customer = id();
        String messageId = id();
        String body = "{\"customerId\":\"" + customer + "\",\"messageId\":\"" + messageId + "\",\"text\":\"" + WITHDRAWAL + "\"}";
        List<String> responses = Flux.fromStream(IntStream.range(0, 6).boxed())
                .flatMap(i -> WebClientHolder.post(port, body).subscribeOn(Schedulers.parallel()))
                .collectList().block();

        assertThat(responses).hasSize(6).allSatisfy(r -> assertThat(r).isEqualTo(responses.get(0)));
        Map<String, Object> again = send(customer, messageId, WITHDRAWAL);
        String conversation = (String) again.get("conversationId");
        int replies = ((List<?>) again.get("replies")).size();
        client().get().uri("/api/v1/conversations/" + conversation).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.turns").isEqualTo(1)
                .jsonPath("$.transcript.length()").isEqualTo(1 + replies);
    }

    @Test
    void malformed_json_is_a_400_problem_saying_so() {
        post("{\"customerId\": \"c\", ").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("the request body is not valid JSON"));
    }

    @Test
    void a_body_of_the_wrong_shape_is_explained_without_the_servers_class_names() {
        post("[1,2]").expectStatus().isBadRequest().expectBody().jsonPath("$.detail")
                .isEqualTo("the request body must be a JSON object with customerId, messageId, text and optionally lang");
        post("{\"customerId\":\"c\",\"messageId\":{\"a\":1},\"text\":\"x\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("'messageId' must be a JSON string");
        client().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.detail").isEqualTo("a JSON request body is required");
    }

    @Test
    void a_missing_field_is_named() {
        post("{\"customerId\":\"c\",\"messageId\":\"m\"}").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("text is required")
                .jsonPath("$.field").isEqualTo("text");
    }

    @Test
    void empty_and_over_long_texts_are_refused_stating_the_limit() {
        post("{\"customerId\":\"c\",\"messageId\":\"m\",\"text\":\"   \"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("text must not be empty");
        String tooLong = "好".repeat(4001);
        post("{\"customerId\":\"c\",\"messageId\":\"m\",\"text\":\"" + tooLong + "\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("text is longer than the limit of 4000 characters");
    }

    @Test
    void an_unknown_language_and_a_wrong_content_type_are_refused_precisely() {
        post("{\"customerId\":\"c\",\"messageId\":\"m\",\"text\":\"hi\",\"lang\":\"fr\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("unknown language 'fr', expected zh-Hans, zh-Hant or en");
        client().post().uri("/api/v1/messages").contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_ticket_is_shown_only_with_the_conversation_that_opened_it_so_guessing_numbers_reveals_nothing() {
        Map<String, Object> answer = send(id(), id(), WITHDRAWAL);
        String number = (String) ((Map<String, Object>) answer.get("ticket")).get("number");
        Map<String, Object> other = send(id(), id(), "你好");

        client().get().uri("/api/v1/tickets/" + number + "?conversation=" + other.get("conversationId")).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("no ticket '" + number + "'");
        client().get().uri("/api/v1/tickets/" + number).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("conversation");
    }

    @Test
    void unknown_tickets_and_conversations_are_404_problems() {
        client().get().uri("/api/v1/tickets/C-202611-9999?conversation=cv-0123456789abcdef01234567").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("no ticket 'C-202611-9999'");
        client().get().uri("/api/v1/tickets/nonsense?conversation=cv-0123456789abcdef01234567").exchange().expectStatus().isNotFound();
        client().get().uri("/api/v1/conversations/cv-000000000000000000000000").exchange().expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_threat_of_drastic_action_reaches_a_human_at_once_without_small_talk() {
        Map<String, Object> answer = send(id(), id(), "我要去你们公司楼顶跳下去");

        List<Map<String, Object>> replies = (List<Map<String, Object>>) answer.get("replies");
        assertThat(replies).hasSize(1);
        assertThat((String) replies.get(0).get("text")).contains("专人").doesNotContain("？");
        client().get().uri("/api/v1/conversations/" + answer.get("conversationId")).exchange()
                .expectBody()
                .jsonPath("$.state").isEqualTo("with_human")
                .jsonPath("$.transcript[0].triage.flags[0]").isEqualTo("threat_extreme");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_frequent_question_is_answered_from_the_knowledge_base_and_an_unknown_one_is_registered_for_24_hours() {
        Map<String, Object> faq = send(id(), id(), "怎么修改登录密码？");
        List<Map<String, Object>> faqReplies = (List<Map<String, Object>>) faq.get("replies");
        assertThat(faq.get("ticket")).isNull();
        assertThat((List<String>) faqReplies.get(faqReplies.size() - 1).get("quickReplies")).contains("解决了", "没解决");

        Map<String, Object> unknown = send(id(), id(), "请问你们和哪家保险公司合作推出过宠物险？");
        assertThat(((Map<String, Object>) unknown.get("ticket")).get("type")).isEqualTo("inquiry");
        assertThat((String) ((List<Map<String, Object>>) unknown.get("replies")).get(0).get("text")).contains("前答复您");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_greeting_is_answered_in_kind_and_registers_nothing() {
        Map<String, Object> hello = send(id(), id(), "你好");
        assertThat(hello.get("ticket")).isNull();
        assertThat((String) ((List<Map<String, Object>>) hello.get("replies")).get(0).get("text")).contains("您好");
    }

    @Test
    void health_reports_the_embedded_redis() {
        client().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.redis.status").isEqualTo("UP")
                .jsonPath("$.components.redis.details.mode").isEqualTo(TestRedis.onCluster() ? "embedded_cluster" : "embedded");
    }

    /** Plain concurrent posts, as several retries of one partner would send them. */
    static final class WebClientHolder {
        static reactor.core.publisher.Mono<String> post(int port, String body) {
            return org.springframework.web.reactive.function.client.WebClient.create("http://localhost:" + port)
                    .post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .retrieve().bodyToMono(String.class);
        }
    }
}
