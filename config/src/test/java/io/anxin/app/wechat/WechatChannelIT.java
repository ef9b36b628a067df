package io.anxin.app.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.anxin.app.wechat.WechatFixtures.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.anxin.app.AnxinApplication;
import io.anxin.app.support.DeskUsers;
import io.anxin.core.attachment.Attachment;
import io.anxin.core.attachment.AttachmentStore;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationState;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.message.Channel;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two official accounts (plain and safe mode) in the whole application on an embedded Redis, WireMock standing in
 * for the WeChat API, and WeChat's deliveries signed and encrypted with WxJava's own utilities.
 */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WechatChannelIT {

    private static final String TOKEN = "anxinToken2026";
    private static final String SAFE_TOKEN = "safeToken2026";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wx0000000000000001";
    private static final String SAFE_APP_ID = "wx0000000000000002";
    private static final String PASSWORD = "desk-test-password";
    private static final String AGENT = "li.wei";
    private static final String SUPERVISOR = "chen.jie";
    private static final String WITHDRAWAL = "你们APP提现一直失败，客服电话也打不通";

    static final WireMockServer wechat = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        wechat.start();
    }

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> dir.resolve("redis").toString());
        registry.add("anxin.users", () -> DeskUsers.withPassword(PASSWORD).user(AGENT, "李伟", "agent")
                .user(SUPERVISOR, "陈杰", "supervisor").location(dir));
        registry.add("anxin.outbox.poll-every", () -> "200ms");
        registry.add("anxin.outbox.retry-after", () -> "1s");
        registry.add("anxin.outbox.max-attempts", () -> "3");
        registry.add("anxin.channels.wechat.api-host", () -> "http://localhost:" + wechat.port());
        registry.add("anxin.channels.wechat.reply-within", () -> "3s");
        registry.add("anxin.channels.wechat.accounts[0].id", () -> "service");
        registry.add("anxin.channels.wechat.accounts[0].app-id", () -> APP_ID);
        registry.add("anxin.channels.wechat.accounts[0].secret", () -> "service-secret");
        registry.add("anxin.channels.wechat.accounts[0].token", () -> TOKEN);
        registry.add("anxin.channels.wechat.accounts[0].templates.notice-id", () -> "TPL-NOTICE");
        registry.add("anxin.channels.wechat.accounts[0].templates.status-url",
                () -> "https://kf.example.com/tickets?conversation={conversation}");
        registry.add("anxin.channels.wechat.accounts[1].id", () -> "safe");
        registry.add("anxin.channels.wechat.accounts[1].app-id", () -> SAFE_APP_ID);
        registry.add("anxin.channels.wechat.accounts[1].secret", () -> "safe-secret");
        registry.add("anxin.channels.wechat.accounts[1].token", () -> SAFE_TOKEN);
        registry.add("anxin.channels.wechat.accounts[1].aes-key", () -> AES_KEY);
        registry.add("anxin.channels.wechat.accounts[1].pack", () -> "default");
    }


    @AfterAll
    static void stopWechat() {
        wechat.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    RedisClusterReactiveCommands<String, String> redis;

    @Autowired
    ConversationStore conversations;

    @Autowired
    AttachmentStore attachments;

    @BeforeEach
    void wechatApi() {
        wechat.resetAll();
        wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).withQueryParam("appid", equalTo(APP_ID))
                .willReturn(okJson("{\"access_token\":\"TOKEN-SERVICE\",\"expires_in\":7200}")));
        wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).withQueryParam("appid", equalTo(SAFE_APP_ID))
                .willReturn(okJson("{\"access_token\":\"TOKEN-SAFE\",\"expires_in\":7200}")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}")));
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private EntityExchangeResult<String> deliver(String account, String query, String body) {
        return client().post().uri("/wechat/" + account + "?" + query).contentType(MediaType.TEXT_XML)
                .bodyValue(body).exchange().expectBody(String.class).returnResult();
    }

    /** A plain-mode delivery to the {@code service} account; the text of the passive reply, or {@code success}. */
    private String send(String openId, String xml) {
        EntityExchangeResult<String> result = deliver("service", WechatFixtures.signedQuery(TOKEN, openId), xml);
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(200);
        String body = result.getResponseBody();
        assertThat(body).isNotNull();
        if (body.equals("success")) {
            return body;
        }
        assertThat(element(body, "ToUserName")).isEqualTo(openId);
        assertThat(element(body, "MsgType")).isEqualTo("text");
        return element(body, "Content");
    }

    private long tickets() {
        Long count = redis.zcard("anxin:tickets:created").block();
        return count == null ? 0 : count;
    }

    private ConversationId conversationOf(String openId) {
        return conversations.idFor(Channel.WECHAT, "service:" + openId).block();
    }

    private static String ticketIn(String reply) {
        Matcher m = Pattern.compile("C-\\d{6}-\\d{4}").matcher(reply);
        assertThat(m.find()).as("a complaint ticket number in: " + reply).isTrue();
        return m.group();
    }

    private List<LoggedRequest> customerServiceMessagesTo(String openId) {
        return wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/custom/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(openId))));
    }

    @Test
    void the_server_url_is_verified_with_the_accounts_token_and_refused_with_another() {
        String query = WechatFixtures.signedQuery(TOKEN, "x");
        client().get().uri("/wechat/service?" + query + "&echostr=4471929385").exchange()
                .expectStatus().isOk().expectBody(String.class).isEqualTo("4471929385");
        client().get().uri("/wechat/service?" + WechatFixtures.signedQuery("anotherToken", "x") + "&echostr=1").exchange()
                .expectStatus().isForbidden();
        client().get().uri("/wechat/nobody?" + query + "&echostr=1").exchange().expectStatus().isNotFound();
    }

    @Test
    void a_complaint_over_several_turns_gets_passive_replies_and_one_ticket() {
        String customer = WechatFixtures.openId();
        long before = tickets();

        String first = send(customer, WechatFixtures.text(customer, WechatFixtures.msgId(), WITHDRAWAL));
        String ticket = ticketIn(first);
        assertThat(first).contains("抱歉");
        String second = send(customer, WechatFixtures.text(customer, WechatFixtures.msgId(), "昨天下午三点提现500元一直显示失败"));
        String third = send(customer, WechatFixtures.text(customer, WechatFixtures.msgId(), "跳过"));

        assertThat(second + third).doesNotContain("success");
        assertThat(tickets() - before).as("one complaint, one ticket").isEqualTo(1);
        assertThat(conversations.find(conversationOf(customer)).block().lastTicket().toString()).isEqualTo(ticket);
        assertThat(conversations.transcript(conversationOf(customer)).collectList().block())
                .filteredOn(line -> line.text().equals("昨天下午三点提现500元一直显示失败")).hasSize(1);
        assertThat(customerServiceMessagesTo(customer)).as("everything answered in time, passively").isEmpty();
    }

    @Test
    void the_same_message_retried_three_times_makes_one_ticket_and_one_reply() {
        String customer = WechatFixtures.openId();
        String xml = WechatFixtures.text(customer, WechatFixtures.msgId(), WITHDRAWAL);
        long before = tickets();

        String first = send(customer, xml);
        for (int retry = 0; retry < 3; retry++) {
            // WeChat keeps only one answer to a message: a retry is answered with the very same reply
            assertThat(send(customer, xml)).isEqualTo(first);
        }

        assertThat(tickets() - before).isEqualTo(1);
        assertThat(conversations.transcript(conversationOf(customer)).collectList().block())
                .filteredOn(line -> line.text().equals(WITHDRAWAL)).hasSize(1);
        assertThat(customerServiceMessagesTo(customer)).isEmpty();
    }

    @Test
    void a_forged_signature_is_refused_and_leaves_redis_unchanged() {
        String customer = WechatFixtures.openId();
        String xml = WechatFixtures.text(customer, WechatFixtures.msgId(), WITHDRAWAL);
        Long keys = redis.dbsize().block();

        assertThat(deliver("service", WechatFixtures.signedQuery("forgedToken", customer), xml).getStatus().value())
                .isEqualTo(403);
        assertThat(deliver("service", "timestamp=1&nonce=2", xml).getStatus().value()).isEqualTo(403);
        // safe mode: a plain message, and an encrypted one whose msg_signature is not the account's
        assertThat(deliver("safe", WechatFixtures.signedQuery(SAFE_TOKEN, customer), xml).getStatus().value())
                .isEqualTo(403);
        WechatFixtures.Encrypted valid = WechatFixtures.encrypted(SAFE_TOKEN, AES_KEY, SAFE_APP_ID, customer, xml);
        String query = valid.query().replaceFirst("msg_signature=[0-9a-f]+", "msg_signature=" + "0".repeat(40));
        assertThat(deliver("safe", query, valid.body()).getStatus().value()).isEqualTo(403);

        assertThat(redis.dbsize().block()).isEqualTo(keys);
        assertThat(redis.exists("anxin:customer:wechat:" + sha("service:" + customer))
                .block()).isZero();
    }

    static String sha(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_safe_mode_message_is_decrypted_and_answered_encrypted() {
        String customer = WechatFixtures.openId();
        String xml = WechatFixtures.text(customer, WechatFixtures.msgId(), WITHDRAWAL);
        WechatFixtures.Encrypted delivery = WechatFixtures.encrypted(SAFE_TOKEN, AES_KEY, SAFE_APP_ID, customer, xml);

        EntityExchangeResult<String> result = deliver("safe", delivery.query(), delivery.body());

        assertThat(result.getStatus().value()).isEqualTo(200);
        assertThat(result.getResponseBody()).doesNotContain(customer).contains("<Encrypt>");
        String reply = WechatFixtures.decrypted(SAFE_TOKEN, AES_KEY, SAFE_APP_ID, result.getResponseBody());
        assertThat(element(reply, "ToUserName")).isEqualTo(customer);
        ticketIn(element(reply, "Content"));
    }

    @Test
    void an_answer_not_ready_in_time_is_success_now_and_one_customer_service_message_later() throws Exception {
        String customer = WechatFixtures.openId();
        send(customer, WechatFixtures.text(customer, WechatFixtures.msgId(), "你好"));
        ConversationId conversation = conversationOf(customer);
        // another instance is busy with this conversation: the engine waits for its lease
        String lease = "anxin:{" + conversation.value() + "}:lease";
        redis.set(lease, "another-instance", io.lettuce.core.SetArgs.Builder.px(8000)).block();
        String xml = WechatFixtures.text(customer, WechatFixtures.msgId(), WITHDRAWAL);

        long started = System.nanoTime();
        assertThat(send(customer, xml)).isEqualTo("success");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4500));
        assertThat(send(customer, xml)).as("WeChat's retry while the answer is on its way").isEqualTo("success");
        redis.del(lease).block();

        await().atMost(Duration.ofSeconds(20)).until(() -> !customerServiceMessagesTo(customer).isEmpty());
        Thread.sleep(1500); // a second copy would have come by now
        List<LoggedRequest> sent = customerServiceMessagesTo(customer);
        assertThat(sent).hasSize(1);
        String body = sent.get(0).getBodyAsString();
        assertThat(body).contains("\"msgtype\":\"text\"");
        assertThat(sent.get(0).queryParameter("access_token").firstValue()).isEqualTo("TOKEN-SERVICE");
        String ticket = ticketIn(body);
        assertThat(conversations.transcript(conversation).collectList().block())
                .as("the late answer is in the transcript once, as the engine wrote it")
                .filteredOn(line -> line.text().contains(ticket)).hasSize(1);
    }

    @Test
    void voice_is_answered_from_its_recognition_and_without_one_the_customer_is_offered_text_or_the_hotline() {
        String customer = WechatFixtures.openId();

        String recognised = send(customer, WechatFixtures.voice(customer, WechatFixtures.msgId(), WITHDRAWAL));
        String unrecognised = send(customer, WechatFixtures.voice(customer, WechatFixtures.msgId(), null));

        ticketIn(recognised);
        assertThat(unrecognised).contains("语音").contains("文字").contains("热线");
    }

    @Test
    void menu_clicks_prompt_for_a_complaint_and_hand_over_to_a_person_once() {
        String customer = WechatFixtures.openId();
        long at = WechatFixtures.now();

        assertThat(send(customer, WechatFixtures.event(customer, at, "subscribe", null))).contains("投诉").contains("转人工");
        assertThat(send(customer, WechatFixtures.event(customer, at + 1, "CLICK", "ANXIN_COMPLAINT")))
                .contains("登记投诉");
        String human = WechatFixtures.event(customer, at + 2, "CLICK", "ANXIN_HUMAN");
        String holding = send(customer, human);
        assertThat(send(customer, human)).as("WeChat's retry of the click").isEqualTo(holding);

        assertThat(holding).contains("人工客服");
        ConversationId conversation = conversationOf(customer);
        assertThat(conversations.find(conversation).block().state()).isEqualTo(ConversationState.WITH_HUMAN);
        assertThat(conversations.transcript(conversation).collectList().block())
                .filteredOn(line -> line.text().equals("转人工")).hasSize(1);
    }

    @Test
    void unfollowing_drops_the_bots_open_question_and_keeps_the_ticket() {
        String customer = WechatFixtures.openId();
        String ticket = ticketIn(send(customer, WechatFixtures.text(customer, WechatFixtures.msgId(), WITHDRAWAL)));
        ConversationId conversation = conversationOf(customer);
        assertThat(conversations.find(conversation).block().state()).isEqualTo(ConversationState.COLLECTING_DETAILS);

        assertThat(send(customer, WechatFixtures.event(customer, WechatFixtures.now(), "unsubscribe", null)))
                .isEqualTo("success");

        assertThat(conversations.find(conversation).block()).satisfies(c -> {
            assertThat(c.state()).isEqualTo(ConversationState.LISTENING);
            assertThat(c.askedFor()).isNull();
            assertThat(c.lastTicket().toString()).isEqualTo(ticket);
        });
        assertThat(redis.exists("anxin:{" + ticket + "}:ticket").block()).isEqualTo(1L);
    }

    @Test
    void an_image_is_fetched_from_wechat_and_kept_with_the_conversation() {
        String customer = WechatFixtures.openId();
        byte[] photo = "a photo of the failed withdrawal".getBytes(StandardCharsets.UTF_8);
        wechat.stubFor(get(urlPathEqualTo("/cgi-bin/media/get")).withQueryParam("media_id", equalTo("MEDIA-1"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
                        .withHeader("Content-Disposition", "attachment; filename=\"MEDIA-1.jpg\"").withBody(photo)));
        String xml = WechatFixtures.image(customer, WechatFixtures.msgId(), "MEDIA-1");

        String reply = send(customer, xml);
        send(customer, xml);

        assertThat(reply).contains("收到");
        ConversationId conversation = conversationOf(customer);
        List<Attachment> kept = attachments.of(conversation).collectList().block();
        assertThat(kept).singleElement().satisfies(a -> {
            assertThat(a.contentType()).isEqualTo("image/jpeg");
            assertThat(a.size()).isEqualTo(photo.length);
        });
        assertThat(attachments.content(conversation, kept.get(0).id()).block()).isEqualTo(photo);
        assertThat(wechat.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/media/get")))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.queryParameter("access_token").firstValue()).isEqualTo("TOKEN-SERVICE"));
    }

    @Test
    void an_agents_reply_reaches_the_follower_as_a_customer_service_message_and_after_45015_as_a_template() {
        String inWindow = WechatFixtures.openId();
        String windowClosed = WechatFixtures.openId();
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(windowClosed)))
                .willReturn(okJson("{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is canceled\"}")));

        for (String customer : List.of(inWindow, windowClosed)) {
            send(customer, WechatFixtures.text(customer, WechatFixtures.msgId(), "转人工"));
            ConversationId conversation = conversationOf(customer);
            WebTestClient agent = client().mutate().defaultHeaders(h -> h.setBasicAuth(AGENT, PASSWORD)).build();
            agent.post().uri("/api/v1/desk/conversations/" + conversation.value() + "/takeover").exchange()
                    .expectStatus().isOk();
            agent.post().uri("/api/v1/desk/conversations/" + conversation.value() + "/replies")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("text", "您好，我是客服李伟，您的问题我来跟进。", "replyId", "r-" + customer)).exchange()
                    .expectStatus().isAccepted();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> !customerServiceMessagesTo(inWindow).isEmpty());
        assertThat(customerServiceMessagesTo(inWindow).get(0).getBodyAsString())
                .contains("\"touser\":\"" + inWindow + "\"").contains("您好，我是客服李伟，您的问题我来跟进。");

        await().atMost(Duration.ofSeconds(20)).until(() -> !templatesTo(windowClosed).isEmpty());
        String template = templatesTo(windowClosed).get(0).getBodyAsString();
        assertThat(template).contains("\"template_id\":\"TPL-NOTICE\"")
                .contains("https://kf.example.com/tickets?conversation=" + conversationOf(windowClosed).value())
                .contains("您好，我是客服李伟，您的问题我来跟进。");
        assertThat(templatesTo(inWindow)).isEmpty();
        // one token per account, fetched once and shared through Redis
        assertThat(wechat.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/token")))).hasSizeLessThanOrEqualTo(1);
        assertThat(redis.get("anxin:wechat:access_token:" + APP_ID).block()).isEqualTo("TOKEN-SERVICE");
    }

    @Test
    void a_reply_wechat_keeps_refusing_is_tried_again_then_parked_for_supervisors_while_followers_are_answered() {
        String unlucky = WechatFixtures.openId();
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(unlucky)))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"errcode\":-1,\"errmsg\":\"system error\"}")));
        send(unlucky, WechatFixtures.text(unlucky, WechatFixtures.msgId(), "转人工"));
        ConversationId conversation = conversationOf(unlucky);
        WebTestClient agent = client().mutate().defaultHeaders(h -> h.setBasicAuth(AGENT, PASSWORD)).build();
        agent.post().uri("/api/v1/desk/conversations/" + conversation.value() + "/takeover").exchange()
                .expectStatus().isOk();
        String reply = "您好，我是客服李伟，正在为您核实提现的情况。";
        agent.post().uri("/api/v1/desk/conversations/" + conversation.value() + "/replies")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", reply, "replyId", "r-unlucky")).exchange()
                .expectStatus().isAccepted();

        // while WeChat refuses that reply, another follower is answered as usual
        String other = WechatFixtures.openId();
        ticketIn(send(other, WechatFixtures.text(other, WechatFixtures.msgId(), WITHDRAWAL)));

        WebTestClient supervisor = client().mutate().defaultHeaders(h -> h.setBasicAuth(SUPERVISOR, PASSWORD)).build();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                supervisor.get().uri("/api/v1/desk/dead-letters").exchange().expectStatus().isOk()
                        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).returnResult()
                        .getResponseBody())
                .filteredOn(d -> String.valueOf(d.get("text")).contains(reply)).singleElement()
                .satisfies(d -> {
                    assertThat(((Number) d.get("attempts")).intValue()).isEqualTo(3);
                    assertThat((String) d.get("reason")).isNotBlank();
                }));
        // three tries by the outbox, each with WxJava's own two retries on "system error"
        assertThat(customerServiceMessagesTo(unlucky)).hasSizeBetween(3, 9)
                .allSatisfy(r -> assertThat(r.getBodyAsString()).contains("正在为您核实提现的情况"));
    }

    private List<LoggedRequest> templatesTo(String openId) {
        return wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(openId))));
    }
}
