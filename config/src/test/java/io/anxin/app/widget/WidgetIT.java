package io.anxin.app.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.conversation.Speaker;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.lifecycle.MoveTicket;
import io.anxin.core.message.Channel;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The chat widget as a customer uses it: the whole application on an embedded Redis, a host page of another
 * origin with the one script tag, and a real headless Chromium.
 */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetIT {

    private static final String SECRET = "widget-test-secret";
    private static final String COMPLAINT = "你们的APP提现三天了还没到账，太过分了！";
    private static final Pattern NUMBER = Pattern.compile("[CSQ]-\\d{6}-\\d{4}");
    private static final String SPOKEN = "li.msg.customer, li.msg.bot";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void isolatedRedisAndSecret(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> dir.resolve("redis").toString());
        registry.add("anxin.channels.widget.hmac-secret", () -> SECRET);
        registry.add("anxin.outbox.poll-every", () -> "200ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    MoveTicket move;

    @Autowired
    TicketStore tickets;

    @Autowired
    ConversationStore conversations;

    @Autowired
    RedisClusterReactiveCommands<String, String> redis;

    private HostPage host;
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        host = new HostPage(port);
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        host.close();
    }

    @Test
    void a_customer_who_complains_sees_the_calm_reply_and_the_ticket_number_and_finds_it_under_my_tickets() {
        browser.open(host.url(Map.of("lang", "zh-Hans")));
        browser.click("button.launcher");
        browser.say(COMPLAINT);

        String registered = browser.untilText("li.msg.bot", t -> t.contains("工单号 C-"));
        assertThat(browser.texts("li.msg.bot").get(0)).contains("抱歉");
        String number = number(registered);
        assertThat(browser.untilText("li.msg.ticket", t -> t.contains(number))).contains("已受理");

        browser.click("button.tab-tickets");
        assertThat(browser.untilText("li.ticket-item", t -> t.contains(number))).contains("投诉").contains("已受理");
    }

    @Test
    void the_conversation_and_its_last_quick_replies_are_restored_after_a_page_reload() {
        browser.open(host.url(Map.of("lang", "zh-Hans", "open", "true")));
        browser.say(COMPLAINT);
        browser.untilText("li.msg.ticket", t -> t.contains("C-"));
        browser.untilText("button.quick-reply", "转人工"::equals);
        List<String> before = browser.texts(SPOKEN);

        browser.reload();

        browser.until(d -> browser.texts(SPOKEN).size() == before.size());
        assertThat(browser.texts(SPOKEN)).isEqualTo(before);
        assertThat(browser.texts("li.msg.pending")).isEmpty();
        assertThat(browser.untilText("button.quick-reply", "转人工"::equals)).isNotNull();
    }

    @Test
    void a_message_sent_while_the_connection_is_down_or_in_flight_when_it_drops_arrives_once() {
        browser.open(host.url(Map.of("lang", "zh-Hans", "open", "true")));
        browser.say("你好");
        browser.until(d -> browser.texts("li.msg.bot").size() >= 1);

        browser.script("window.anxinWidget.drop(3000)");
        browser.untilText(".status", t -> t.contains("连接已中断"));
        String meanwhile = "另外，我昨天的转账也一直显示处理中";
        browser.say(meanwhile);
        assertThat(browser.texts("li.msg.pending")).containsExactly(meanwhile);
        browser.until(d -> browser.texts("li.msg.pending").isEmpty() && botLinesAfter(meanwhile) > 0);

        String inFlight = "客服电话也一直打不通，很着急";
        browser.say(inFlight);
        browser.script("window.anxinWidget.drop(0)");
        browser.until(d -> browser.texts("li.msg.pending").isEmpty() && botLinesAfter(inFlight) > 0);

        assertThat(browser.texts("li.msg.customer")).filteredOn(meanwhile::equals).hasSize(1);
        assertThat(browser.texts("li.msg.customer")).filteredOn(inFlight::equals).hasSize(1);
        List<TranscriptEntry> transcript = transcriptOfVisitor();
        assertThat(transcript).filteredOn(e -> e.speaker() == Speaker.CUSTOMER && e.text().equals(meanwhile)).hasSize(1);
        assertThat(transcript).filteredOn(e -> e.speaker() == Speaker.CUSTOMER && e.text().equals(inFlight)).hasSize(1);
        // and after a reload the page shows exactly what the transcript holds
        browser.reload();
        browser.until(d -> browser.texts(SPOKEN).size() == transcript.size());
        assertThat(browser.texts(SPOKEN)).isEqualTo(transcript.stream().map(TranscriptEntry::text).toList());
    }

    @Test
    void a_quick_reply_button_sends_its_words_as_the_customer_message() {
        browser.open(host.url(Map.of("lang", "zh-Hans", "open", "true")));
        browser.say(COMPLAINT);
        browser.untilText("button.quick-reply", "转人工"::equals);
        int botLines = browser.texts("li.msg.bot").size();

        browser.click("button.quick-reply");

        browser.until(d -> browser.texts("li.msg.bot").size() > botLines);
        assertThat(browser.texts("li.msg.customer")).containsExactly(COMPLAINT, "转人工");
        assertThat(transcriptOfVisitor()).filteredOn(e -> e.speaker() == Speaker.CUSTOMER).extracting(TranscriptEntry::text)
                .containsExactly(COMPLAINT, "转人工");
    }

    @Test
    void a_user_signed_by_the_host_app_chats_and_a_forged_signature_is_refused_with_nothing_stored() {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        browser.open(host.url(Map.of("lang", "zh-Hans", "open", "true", "user", "u-1001", "timestamp", timestamp,
                "signature", sign(SECRET, "u-1001:" + timestamp))));
        browser.say("你好");
        browser.until(d -> browser.texts("li.msg.bot").size() >= 1);
        assertThat(conversations.idFor(Channel.WIDGET, "user:u-1001").flatMapMany(conversations::transcript)
                .collectList().block()).isNotEmpty();

        long customersBefore = redis.keys("anxin:customer:*").count().block();
        browser.open(host.url(Map.of("lang", "zh-Hans", "open", "true", "user", "u-2002", "timestamp", timestamp,
                "signature", sign("not-the-secret", "u-2002:" + timestamp))));
        assertThat(browser.untilText(".status.refused", t -> !t.isBlank())).contains("无法确认您的身份");
        browser.say("你好");

        assertThat(browser.texts("li.msg.pending")).containsExactly("你好"); // kept, never sent to a refused socket
        assertThat(redis.keys("anxin:customer:*").count().block()).isEqualTo(customersBefore);
    }

    @Test
    void the_satisfaction_survey_after_resolution_is_two_scales_that_send_the_two_scores() {
        browser.open(host.url(Map.of("lang", "zh-Hans", "open", "true")));
        browser.say(COMPLAINT);
        TicketNumber number = TicketNumber.parse(number(browser.untilText("li.msg.ticket", t -> t.contains("C-"))));

        move.move(number, TicketStatus.RESOLVED, "li.wei", "清算批次延迟，已补发").block();

        browser.find("form.survey");
        browser.untilText("li.msg.bot", t -> t.contains(number.toString()) && t.contains("0 到 10"));
        browser.click("form.survey .scale-result input[value='8']");
        browser.click("form.survey .scale-attitude input[value='9']");
        browser.click("button.survey-send");

        browser.untilText("li.msg.bot", t -> t.contains("感谢您的评价"));
        assertThat(browser.texts("li.msg.customer")).endsWith("8 9");
        assertThat(tickets.find(number).block().status()).isEqualTo(TicketStatus.ARCHIVED);
    }

    @Test
    void the_feedback_form_says_precisely_what_is_missing_then_files_a_ticket() {
        browser.open(host.url(Map.of("lang", "zh-Hans", "open", "true")));
        browser.click("button.tab-feedback");
        browser.click("button.feedback-send");
        assertThat(browser.untilText(".feedback-result .error", t -> !t.isBlank())).isEqualTo("请填写反馈内容。");

        browser.type("textarea.feedback-text", "建议APP增加夜间模式，晚上看屏幕太刺眼了。");
        browser.type("input.feedback-contact", "工作日晚上联系我");
        browser.click("button.feedback-send");

        String ticket = number(browser.untilText(".feedback-ticket", t -> NUMBER.matcher(t).find()));
        browser.click("button.tab-tickets");
        assertThat(browser.untilText("li.ticket-item", t -> t.contains(ticket))).isNotBlank();
    }

    @Test
    void the_widget_speaks_traditional_chinese_or_english_as_the_page_chooses_and_the_bot_answers_in_kind() {
        long customersBefore = redis.keys("anxin:customer:*").count().block();
        browser.open(host.url(Map.of("lang", "zh-Hant")));
        assertThat(browser.find("button.launcher").getText()).isEqualTo("線上客服");
        assertThat(redis.keys("anxin:customer:*").count().block()).as("a page view alone stores nothing")
                .isEqualTo(customersBefore);
        browser.click("button.launcher");
        assertThat(browser.find("button.tab-tickets").getText()).isEqualTo("我的工單");
        assertThat(browser.find("button.tab-feedback").getText()).isEqualTo("意見回饋");

        browser.open(host.url(Map.of("lang", "en", "open", "true")));
        assertThat(browser.find("button.tab-tickets").getText()).isEqualTo("My tickets");
        assertThat(browser.find("button.send").getText()).isEqualTo("Send");
        browser.say("My withdrawal has not arrived for three days, this is unacceptable!");
        browser.until(d -> browser.texts("li.msg.ticket").size() == 1);
        assertThat(browser.texts("li.msg.bot")).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContainPattern("\\p{IsHan}"));
        assertThat(browser.texts("li.msg.ticket").get(0)).contains("Ticket C-").contains("accepted");
    }

    @Test
    void the_feedback_call_answers_bad_input_with_precise_problems_and_files_nothing() {
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String visitor = "5f0c2b1e-8a3d-4c6f-9e21-7b4d2a9c1e00";
        long customersBefore = redis.keys("anxin:customer:*").count().block();

        http.post().uri("/widget/api/feedback").header("X-Anxin-Visitor", visitor).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\":\"f-00000001\",\"text\":\"" + "长".repeat(2001) + "\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("text")
                .jsonPath("$.detail").isEqualTo("text is longer than the limit of 2000 characters");
        http.post().uri("/widget/api/feedback").header("X-Anxin-Visitor", visitor).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\":\"f-00000001\",\"text\":\"建议增加夜间模式\",\"contact\":\"" + "1".repeat(101) + "\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("contact");
        http.post().uri("/widget/api/feedback").header("X-Anxin-Visitor", visitor).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"建议增加夜间模式\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("id");
        http.post().uri("/widget/api/feedback").header("X-Anxin-Visitor", visitor).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\":\"f-00000001\",\"text\":")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        http.post().uri("/widget/api/feedback").header("X-Anxin-User", "u-3003").header("X-Anxin-Timestamp", ts)
                .header("X-Anxin-Signature", sign("not-the-secret", "u-3003:" + ts)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\":\"f-00000002\",\"text\":\"建议增加夜间模式\"}")
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("bad-signature");

        assertThat(redis.keys("anxin:customer:*").count().block()).isEqualTo(customersBefore);
        // the widget's modules are served to other origins
        http.get().uri("/widget/anxin-widget.js").header("Origin", "https://shop.example.com").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://shop.example.com");
    }

    /** How many lines the page shows after the customer's line with this text. */
    private int botLinesAfter(String customerText) {
        List<String> lines = browser.texts(SPOKEN);
        int at = lines.lastIndexOf(customerText);
        return at < 0 ? 0 : lines.size() - at - 1;
    }

    private List<TranscriptEntry> transcriptOfVisitor() {
        String visitor = (String) browser.script("return localStorage.getItem('anxin.visitor')");
        return conversations.idFor(Channel.WIDGET, "visitor:" + visitor).flatMapMany(conversations::transcript)
                .collectList().block();
    }

    private static String number(String text) {
        Matcher m = NUMBER.matcher(text);
        assertThat(m.find()).as("a ticket number in '%s'", text).isTrue();
        return m.group();
    }

    private static String sign(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
