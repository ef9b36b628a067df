package io.anxin.app.phone;

import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.anxin.app.phone.TwilioWebhooks.text;
import static io.anxin.app.phone.TwilioWebhooks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.anxin.app.AnxinApplication;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.followup.CallbackTask;
import io.anxin.core.followup.CallbackTasks;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.takeover.HumanDesk;
import io.anxin.core.takeover.Waiting;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Document;

/** The hotline as Twilio and a caller meet it: the real application, Twilio's REST API played by WireMock. */
class HotlineIT {

    private static final String ACCOUNT = "AC" + "0123456789abcdef".repeat(2);
    private static final String TOKEN = "test-auth-token";
    /** Behind a proxy that strips /anxin: the signature covers the public address, not the one we are reached at. */
    private static final String PUBLIC = "https://hotline.example.com/anxin";
    private static final String HOTLINE = "+861088880000";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    /** Tuesday 24 November 2026, 10:00 in Beijing: working hours. */
    private static final Instant TUESDAY_10 = Instant.parse("2026-11-24T02:00:00Z");
    private static final String COMPLAINT = "你们的APP提现三天了还没到账，太过分了！";

    private static final MutableClock clock = new MutableClock(TUESDAY_10);
    private static LocalRedis redis;
    private static WireMockServer twilio;
    private static ConfigurableApplicationContext app;
    private static TwilioWebhooks webhooks;
    private static TestRedis.Connection connection;

    @BeforeAll
    static void start() {
        redis = TestRedis.startTemporary();
        twilio = new WireMockServer(options().dynamicPort());
        twilio.start();
        app = new SpringApplicationBuilder(AnxinApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", (Clock) clock))
                .run("--server.port=0", "--anxin.redis.url=" + redis.url(), "--anxin.outbox.poll-every=100ms",
                        "--anxin.outbox.retry-after=1s",
                        "--anxin.channels.phone.enabled=true", "--anxin.channels.phone.account-sid=" + ACCOUNT,
                        "--anxin.channels.phone.auth-token=" + TOKEN, "--anxin.channels.phone.public-base-url=" + PUBLIC,
                        "--anxin.channels.phone.number=" + HOTLINE,
                        "--anxin.channels.phone.api-base-url=" + twilio.baseUrl(),
                        "--anxin.channels.phone.answer-within=2s",
                        "--anxin.channels.phone.agents.agent-7=+8613700000007");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        webhooks = new TwilioWebhooks(WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build(), PUBLIC, TOKEN);
        connection = TestRedis.connect(redis.url());
    }

    @AfterAll
    static void stop() {
        connection.close();
        app.close();
        twilio.stop();
        redis.close();
    }

    @BeforeEach
    void reset() {
        clock.set(TUESDAY_10);
        twilio.resetAll();
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SM" + "1".repeat(32) + "\",\"status\":\"queued\"}")));
    }

    private static String callSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Map<String, String> call(String sid, String from, String... more) {
        Map<String, String> params = new HashMap<>(Map.of("CallSid", sid, "AccountSid", ACCOUNT, "From", from,
                "To", HOTLINE, "Direction", "inbound", "CallStatus", "in-progress"));
        for (int i = 0; i < more.length; i += 2) {
            params.put(more[i], more[i + 1]);
        }
        return params;
    }

    /** What the caller hears, all the {@code <Say>}s joined. */
    private static String heard(Document twiml) {
        return String.join(" ", texts(twiml, "//Say"));
    }

    /** Posts a turn and, as Twilio does, follows the holding phrases' redirects until the answer is spoken. */
    private static Document turn(String pathAndQuery, Map<String, String> params) {
        Document twiml = webhooks.twiml(pathAndQuery, params);
        for (int i = 0; i < 10 && !texts(twiml, "/Response/Redirect").isEmpty(); i++) {
            twiml = webhooks.twiml(webhooks.local(text(twiml, "/Response/Redirect")), params);
        }
        return twiml;
    }

    private static String action(Document twiml) {
        return webhooks.local(text(twiml, "/Response/Gather/@action"));
    }

    @Test
    void a_mandarin_complaint_call_across_two_turns_ends_in_a_ticket_and_an_sms() {
        String sid = callSid();
        String caller = "+8613900000001";
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        assertThat(text(greeting, "/Response/Gather/@language")).isEqualTo("zh-CN");
        assertThat(text(greeting, "/Response/Gather/@input")).contains("speech").contains("dtmf");
        assertThat(heard(greeting)).contains("投诉请按1").contains("For English, press 9");

        Document first = turn(action(greeting), call(sid, caller, "SpeechResult", COMPLAINT, "Confidence", "0.91"));
        String said = heard(first);
        assertThat(said).contains("抱歉").contains("工单号");
        assertThat(said).as("symbols and digits are not read out").doesNotContainPattern("[-“”\"0-9]{3,}");
        assertThat(action(first)).contains("turn=2");

        Document second = turn(action(first), call(sid, caller, "SpeechResult", "昨天下午三点在APP里提的现", "Confidence", "0.88"));
        assertThat(heard(second)).isNotBlank();
        assertThat(texts(second, "/Response/Gather/@action")).singleElement().asString().contains("turn=3");

        webhooks.twiml0("/phone/voice/status", call(sid, caller, "CallStatus", "completed", "CallDuration", "95"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).isEmpty());
        LoggedRequest sms = twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).get(0);
        Map<String, String> form = form(sms.getBodyAsString());
        assertThat(form).containsEntry("To", caller).containsEntry("From", HOTLINE);
        Matcher ticket = Pattern.compile("C-\\d{6}-\\d{4}").matcher(form.get("Body"));
        assertThat(ticket.find()).as(form.get("Body")).isTrue();
        assertThat(form.get("Body")).contains("2026年11月25日 10:00");
        assertThat(sms.getHeader("I-Twilio-Idempotency-Token")).isEqualTo("phone-ticket:" + ticket.group() + ":" + sid);

        Ticket registered = app.getBean(TicketStore.class).find(TicketNumber.parse(ticket.group())).block();
        assertThat(registered.channel().id()).isEqualTo("phone");
        assertThat(registered.content()).isEqualTo(COMPLAINT);
        assertThat(form.get("Body")).contains(PUBLIC + "/api/v1/tickets/" + ticket.group() + "?conversation="
                + registered.conversationId().value());

        // the same status again: recorded once, no second SMS
        webhooks.twiml0("/phone/voice/status", call(sid, caller, "CallStatus", "completed", "CallDuration", "95"));
        assertThat(twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).hasSize(1);
    }

    @Test
    void an_sms_twilio_keeps_refusing_is_tried_again_then_parked_for_supervisors_while_calls_are_answered() {
        String sid = callSid();
        String caller = "+8613900000099";
        twilio.stubFor(post(urlEqualTo(MESSAGES)).withRequestBody(containing("8613900000099"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}")));
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        assertThat(heard(turn(action(greeting), call(sid, caller, "SpeechResult", COMPLAINT, "Confidence", "0.91"))))
                .contains("工单号");
        webhooks.twiml0("/phone/voice/status", call(sid, caller, "CallStatus", "completed", "CallDuration", "40"));

        // while Twilio refuses that SMS, the next caller is answered as usual
        Document next = webhooks.twiml("/phone/voice/incoming", call(callSid(), "+8613900000098"));
        assertThat(heard(next)).contains("投诉请按1");

        Outbox outbox = app.getBean(Outbox.class);
        int attempts = app.getEnvironment().getProperty("anxin.outbox.max-attempts", Integer.class, 5);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            clock.advance(Duration.ofSeconds(2)); // past retry-after, whichever clock the outbox reads
            assertThat(outbox.deadLetters(50).collectList().block()).filteredOn(d -> d.message().id().endsWith(sid))
                    .singleElement().satisfies(d -> {
                        assertThat(d.attempts()).isEqualTo(attempts);
                        assertThat(d.reason()).isNotBlank();
                    });
        });
        // each outbox attempt with the SDK's own retries on a 5xx, all under one idempotency token: one SMS at most
        List<LoggedRequest> tried = twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("8613900000099")));
        assertThat(tried).hasSizeBetween(attempts, 3 * attempts);
        assertThat(tried).extracting(r -> r.getHeader("I-Twilio-Idempotency-Token")).containsOnly(tried.get(0)
                .getHeader("I-Twilio-Idempotency-Token")).first().asString().endsWith(sid);
    }

    @Test
    void a_forged_or_unsigned_webhook_is_refused_and_nothing_is_stored() {
        String sid = callSid();
        Map<String, String> params = call(sid, "+8613900000002", "SpeechResult", COMPLAINT, "Confidence", "0.9");
        String forged = webhooks.sign("/phone/voice/gather?turn=1", Map.of("CallSid", sid));
        webhooks.post("/phone/voice/gather?turn=1", params, forged).expectStatus().isForbidden();
        webhooks.post("/phone/voice/incoming", params, "").expectStatus().isForbidden();
        // signed for another address than the public one
        webhooks.post("/phone/voice/incoming", params, new TwilioWebhooks(null, "http://localhost:8080", TOKEN)
                .sign("/phone/voice/incoming", params)).expectStatus().isForbidden();
        assertThat(connection.sync().keys("*" + sid + "*")).isEmpty();
    }

    @Test
    void a_slow_answer_plays_a_holding_phrase_and_the_redirect_finds_the_stored_answer() {
        String sid = callSid();
        String caller = "+8613900000003";
        // another turn of this conversation holds its lease for 3 s: the engine waits, the webhook does not
        ConversationId conversation = ConversationId.random();
        connection.sync().set("anxin:customer:phone:" + sha256(caller + "/" + sid), conversation.value());
        connection.sync().psetex("anxin:{" + conversation.value() + "}:lease", 3000, "another-instance");
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));

        long started = System.nanoTime();
        Document holding = webhooks.twiml(action(greeting), call(sid, caller, "SpeechResult", COMPLAINT, "Confidence", "0.9"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(heard(holding)).contains("请稍等");
        String redirect = webhooks.local(text(holding, "/Response/Redirect"));
        assertThat(redirect).startsWith("/phone/voice/answer?turn=1");

        await().atMost(Duration.ofSeconds(15)).until(() -> heard(webhooks.twiml(redirect, call(sid, caller))).contains("工单号"));
        assertThat(app.getBean(TicketStore.class)).isNotNull();
    }

    @Test
    void a_caller_pressing_0_waits_in_the_desk_queue_and_the_agent_who_takes_it_is_connected() {
        String sid = callSid();
        String caller = "+8613900000004";
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        Document queued = turn(action(greeting), call(sid, caller, "Digits", "0"));
        String queue = text(queued, "/Response/Enqueue");
        assertThat(queue).startsWith("cv-");
        assertThat(heard(queued)).contains("人工客服");

        HumanDesk desk = app.getBean(HumanDesk.class);
        assertThat(desk.waiting(100).map(Waiting::conversation).map(ConversationId::value).collectList().block()).contains(queue);
        Document waiting = webhooks.twiml(webhooks.local(text(queued, "/Response/Enqueue/@waitUrl")),
                call(sid, caller, "QueuePosition", "1", "QueueTime", "5"));
        assertThat(heard(waiting)).containsAnyOf("位客户在等待", "马上为您接听");

        desk.take(new ConversationId(queue), "agent-7").block();
        Document agent = webhooks.twiml("/phone/voice/agent", call(callSid(), "+8613700000007"));
        assertThat(text(agent, "/Response/Dial/Queue")).isEqualTo(queue);
        Document stranger = webhooks.twiml("/phone/voice/agent", call(callSid(), "+8613700000099"));
        assertThat(texts(stranger, "//Dial")).isEmpty();

        webhooks.twiml(webhooks.local(text(queued, "/Response/Enqueue/@action")),
                call(sid, caller, "QueueResult", "bridged", "QueueTime", "40"));
        assertThat(app.getBean(CallbackTasks.class).open(100).filter(t -> t.conversation().value().equals(queue))
                .collectList().block()).isEmpty();
    }

    @Test
    void a_call_abandoned_in_the_queue_becomes_a_call_back_task() {
        String sid = callSid();
        String caller = "+8613900000005";
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        Document queued = turn(action(greeting), call(sid, caller, "Digits", "0"));
        String queue = text(queued, "/Response/Enqueue");
        String left = webhooks.local(text(queued, "/Response/Enqueue/@action"));
        webhooks.twiml(left, call(sid, caller, "QueueResult", "hangup", "QueueTime", "75"));
        webhooks.twiml(left, call(sid, caller, "QueueResult", "hangup", "QueueTime", "75"));

        List<CallbackTask> tasks = app.getBean(CallbackTasks.class).open(100)
                .filter(t -> t.conversation().value().equals(queue)).collectList().block();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).reason()).contains("missed call");
        Ticket ticket = app.getBean(TicketStore.class).find(tasks.get(0).ticket()).block();
        assertThat(ticket.content()).contains("挂断");
        assertThat(ticket.form().contact()).isEqualTo(caller);
    }

    @Test
    void an_after_hours_call_before_the_national_day_holiday_is_promised_a_call_back_on_8_october() {
        clock.set(Instant.parse("2026-09-30T12:00:00Z")); // Wednesday 20:00 in Beijing; 1-7 October is a holiday
        String sid = callSid();
        String caller = "+8613900000006";
        Document message = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        assertThat(heard(message)).contains("非工作时间");
        String recorded = webhooks.local(text(message, "/Response/Record/@action"));

        Document done = webhooks.twiml(recorded, call(sid, caller, "RecordingUrl",
                "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/RE1", "RecordingDuration", "14"));
        assertThat(heard(done)).contains("10月8日星期四").contains("回电");
        assertThat(texts(done, "/Response/Hangup")).hasSize(1);

        List<CallbackTask> tasks = app.getBean(CallbackTasks.class).open(100).collectList().block();
        assertThat(tasks).anySatisfy(task -> {
            assertThat(task.reason()).contains("voice message");
            assertThat(task.dueBy().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2026, 10, 8));
        });
    }

    @Test
    void a_5xx_from_twilio_is_retried_with_the_same_idempotency_token_and_sends_once() {
        twilio.resetAll();
        twilio.stubFor(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        twilio.stubFor(post(urlEqualTo(MESSAGES)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"SM" + "2".repeat(32) + "\"}")));
        String sid = callSid();
        String caller = "+8613900000008";
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        turn(action(greeting), call(sid, caller, "SpeechResult", COMPLAINT, "Confidence", "0.9"));
        webhooks.twiml0("/phone/voice/status", call(sid, caller, "CallStatus", "completed"));

        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).size() >= 2);
        // the outbox's own retry (after 1 s) would show as a third request: none comes
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).size() == 2);
        List<LoggedRequest> attempts = twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
        assertThat(attempts).hasSize(2);
        assertThat(attempts).extracting(r -> r.getHeader("I-Twilio-Idempotency-Token")).containsOnly(
                attempts.get(0).getHeader("I-Twilio-Idempotency-Token")).first().asString().startsWith("phone-ticket:");
        twilio.verify(2, postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(containing("To=%2B8613900000008"))
                .withHeader("I-Twilio-Idempotency-Token", equalTo(attempts.get(0).getHeader("I-Twilio-Idempotency-Token"))));
    }

    @Test
    void speech_heard_with_low_confidence_is_asked_again_once_then_the_keys_are_offered() {
        String sid = callSid();
        String caller = "+8613900000009";
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        Document again = webhooks.twiml(action(greeting), call(sid, caller, "SpeechResult", "嗯那个", "Confidence", "0.12"));
        assertThat(heard(again)).contains("没有听清").contains("再说一遍");
        Document keys = webhooks.twiml(action(again), call(sid, caller, "SpeechResult", "嗯", "Confidence", "0.2"));
        assertThat(heard(keys)).contains("投诉请按1").contains("人工客服请按0");
        assertThat(connection.sync().keys("anxin:customer:phone:" + sha256(caller + "/" + sid))).isEmpty();
    }

    @Test
    void pressing_9_goes_on_in_english_and_the_speech_is_recognised_in_english() {
        String sid = callSid();
        String caller = "+8613900000010";
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        Document english = webhooks.twiml(action(greeting), call(sid, caller, "Digits", "9"));
        assertThat(text(english, "/Response/Gather/@language")).isEqualTo("en-US");
        assertThat(heard(english)).contains("For a complaint, press 1");
        Document complaint = webhooks.twiml(action(english), call(sid, caller, "Digits", "1"));
        assertThat(heard(complaint)).contains("what happened");
        Document answered = turn(action(complaint), call(sid, caller, "SpeechResult",
                "Your app lost my withdrawal three days ago and nobody answers, this is ridiculous", "Confidence", "0.9"));
        assertThat(heard(answered)).containsIgnoringCase("sorry").doesNotContainPattern("\\d{3,}");
    }

    @Test
    void a_survey_answered_by_sms_after_the_call_is_recorded_on_its_ticket() {
        String sid = callSid();
        String caller = "+8613900000011";
        Document greeting = webhooks.twiml("/phone/voice/incoming", call(sid, caller));
        turn(action(greeting), call(sid, caller, "SpeechResult", COMPLAINT, "Confidence", "0.9"));
        String number = connection.sync().hget("anxin:{call:" + sid + "}:call", "ticket");
        assertThat(number).startsWith("C-");

        app.getBean(io.anxin.core.lifecycle.MoveTicket.class).move(TicketNumber.parse(number),
                io.anxin.core.ticket.TicketStatus.RESOLVED, "agent-7", "refunded").block();
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .anyMatch(r -> "survey:".concat(number).equals(r.getHeader("I-Twilio-Idempotency-Token"))));

        Map<String, String> sms = Map.of("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""),
                "AccountSid", ACCOUNT, "From", caller, "To", HOTLINE, "Body", "8 9", "NumMedia", "0");
        assertThat(smsAnswer(sms)).contains("感谢您的评价");
        Ticket followedUp = app.getBean(TicketStore.class).find(TicketNumber.parse(number)).block();
        assertThat(followedUp.form().satisfaction()).contains("8").contains("9");

        // afterwards the number's texts are a conversation of their own
        Map<String, String> later = new HashMap<>(sms);
        later.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        later.put("Body", "你好");
        assertThat(smsAnswer(later)).isNotBlank();
        assertThat(app.getBean(io.anxin.core.conversation.ConversationStore.class)
                .idFor(io.anxin.core.message.Channel.PHONE, caller).block())
                .isNotEqualTo(followedUp.conversationId());
    }

    /** The answer to an inbound SMS: in the webhook's reply, or texted through the outbox when it took longer. */
    private String smsAnswer(Map<String, String> sms) {
        List<String> inReply = texts(webhooks.twiml("/phone/sms", sms), "/Response/Message");
        if (!inReply.isEmpty()) {
            return String.join("\n", inReply);
        }
        String token = "sms-answer:" + sms.get("MessageSid");
        await().atMost(Duration.ofSeconds(15)).until(() -> twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .anyMatch(r -> token.equals(r.getHeader("I-Twilio-Idempotency-Token"))));
        return twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .filter(r -> token.equals(r.getHeader("I-Twilio-Idempotency-Token")))
                .map(r -> form(r.getBodyAsString()).get("Body")).findFirst().orElseThrow();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
        }
        return form;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 16); // as the store keys customers
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
