package io.anxin.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.conversation.Speaker;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.redis.RedisConversationStore;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class ConversationEngineIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z"); // Friday 10:00 in Shanghai
    private static final String WITHDRAWAL = "你们的APP提现三天了还没到账，太过分了！";

    private final FixedTriager triager = new FixedTriager()
            .complaint(WITHDRAWAL, 2)
            .complaint("人呢？", 2)
            .result("那个……", new TriageResult(Intent.INQUIRY, 0.3, null, Set.of(), 0, Lang.ZH_HANS))
            .result("提建议", new TriageResult(Intent.SUGGESTION, 0.6, null, Set.of(), 0, Lang.ZH_HANS));
    private final ConversationStore conversations = new RedisConversationStore(TestEngine.redis());
    private final RedisTicketStore tickets = new RedisTicketStore(TestEngine.redis());
    private final ConversationEngine engine = TestEngine.engine(triager, Clock.fixed(NOW, SHANGHAI));

    private static InboundMessage message(String customer, String id, String text) {
        return new InboundMessage(Channel.API, id, customer, text, null, NOW);
    }

    private static String customer() {
        return "customer-" + UUID.randomUUID();
    }

    @Test
    void a_friday_complaint_is_soothed_first_then_promised_contact_on_monday_morning_not_on_saturday() {
        Answer answer = engine.handle(message(customer(), "m1", WITHDRAWAL)).block();

        assertThat(answer.replies()).extracting(Reply::text).containsExactly(
                "非常理解您现在很生气，真的很抱歉。",
                "已登记投诉，工单号 " + answer.ticket().number() + "，2026年11月23日 09:00 前联系您。",
                "也可以转人工。");
        assertThat(answer.replies().get(2).quickReplies()).containsExactly("转人工");
        assertThat(answer.ticket().number()).matches("C-202611-\\d{4}");
        Ticket stored = tickets.find(TicketNumber.parse(answer.ticket().number())).block();
        assertThat(stored.status()).isEqualTo(TicketStatus.ACCEPTED);
        assertThat(stored.content()).isEqualTo(WITHDRAWAL);
        assertThat(stored.dueBy()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
    }

    @Test
    void registering_a_complaint_schedules_its_milestone_timers() {
        Answer answer = engine.handle(message(customer(), "m1", WITHDRAWAL)).block();

        String ticket = answer.ticket().number();
        var due = TestEngine.sync().zrange("anxin:{timers}:due", 0, -1);
        assertThat(due).contains(ticket + ":forward:warn", ticket + ":forward:due", ticket + ":first_contact:due",
                ticket + ":resolve:due");
    }

    @Test
    void the_transcript_keeps_the_customer_line_with_its_triage_and_the_bots_replies() {
        Answer answer = engine.handle(message(customer(), "m1", WITHDRAWAL)).block();

        List<TranscriptEntry> transcript = conversations.transcript(answer.conversationId()).collectList().block();
        assertThat(transcript).extracting(TranscriptEntry::speaker)
                .containsExactly(Speaker.CUSTOMER, Speaker.BOT, Speaker.BOT, Speaker.BOT);
        assertThat(transcript.get(0).triage().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(transcript.get(0).messageId()).isEqualTo("m1");
    }

    @Test
    void the_same_message_sent_eight_times_at_once_yields_one_ticket_and_the_same_answer() {
        String customer = customer();
        List<Answer> answers = Flux.fromStream(IntStream.range(0, 8).boxed())
                .flatMap(i -> engine.handle(message(customer, "dup-1", WITHDRAWAL)).subscribeOn(Schedulers.parallel()))
                .collectList().block();

        assertThat(answers).hasSize(8);
        assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
        List<TranscriptEntry> transcript = conversations.transcript(answers.get(0).conversationId()).collectList().block();
        assertThat(transcript).filteredOn(e -> e.speaker() == Speaker.CUSTOMER).hasSize(1);
    }

    @Test
    void a_complaint_that_failed_before_its_turn_was_stored_and_is_retried_after_a_later_message_names_the_ticket_it_registered() {
        String customer = customer();
        Clock clock = Clock.fixed(NOW, SHANGHAI);
        AtomicReference<TicketNumber> firstAttempt = new AtomicReference<>();
        AfterRegistration redisGoesAwayOnce = ticket -> firstAttempt.compareAndSet(null, ticket.number())
                ? Mono.error(new IllegalStateException("Redis went away"))
                : TestEngine.afterRegistration(clock).registered(ticket);
        ConversationEngine flaky = TestEngine.engine(triager, TestEngine.NO_KNOWLEDGE, clock, redisGoesAwayOnce);

        assertThatThrownBy(() -> flaky.handle(message(customer, "m1", WITHDRAWAL)).block()).hasMessageContaining("went away");
        // the partner sends the customer's next message before it retries the refused one
        Answer later = flaky.handle(message(customer, "m2", "人呢？")).block();
        Answer retried = flaky.handle(message(customer, "m1", WITHDRAWAL)).block();

        assertThat(later.ticket()).as("the conversation never learnt of the first ticket").isNotNull();
        assertThat(retried.ticket()).isNotNull();
        assertThat(retried.ticket().number()).isEqualTo(firstAttempt.get().toString());
        assertThat(retried.replies()).extracting(Reply::text).anyMatch(text -> text.contains(firstAttempt.get().toString()));
        assertThat(tickets.find(firstAttempt.get()).block().content()).isEqualTo(WITHDRAWAL);
        assertThat(flaky.handle(message(customer, "m1", WITHDRAWAL)).block()).as("a further retry").isEqualTo(retried);
    }

    @Test
    void a_second_complaint_while_the_first_is_open_joins_the_same_ticket() {
        String customer = customer();
        Answer first = engine.handle(message(customer, "m1", WITHDRAWAL)).block();
        Answer second = engine.handle(message(customer, "m2", "人呢？")).block();

        assertThat(second.ticket()).isNull();
        assertThat(second.replies().get(1).text()).isEqualTo("已补充到工单 " + first.ticket().number() + "。");
    }

    @Test
    void an_unclear_message_is_asked_about_once_and_registered_as_the_customer_chooses() {
        String customer = customer();
        Answer question = engine.handle(message(customer, "m1", "那个……")).block();
        assertThat(question.ticket()).isNull();
        assertThat(question.replies().get(0).quickReplies()).containsExactly("投诉", "提建议", "咨询");

        Answer chosen = engine.handle(message(customer, "m2", "提建议")).block();
        assertThat(chosen.ticket().type()).isEqualTo("suggestion");
        Ticket stored = tickets.find(TicketNumber.parse(chosen.ticket().number())).block();
        assertThat(stored.content()).isEqualTo("那个……");
    }

    @Test
    void a_threat_of_drastic_action_gets_one_calm_line_a_ticket_and_alerts_for_an_agent_and_the_supervisor() {
        String threat = "我要去你们公司楼顶跳下去";
        triager.result(threat, new TriageResult(Intent.COMPLAINT, 0.8, null, Set.of(RiskFlag.THREAT_EXTREME), 3, Lang.ZH_HANS));
        Answer answer = engine.handle(message(customer(), "t1", threat)).block();

        assertThat(answer.replies()).extracting(Reply::text).containsExactly("您的安全最重要，专人马上来和您沟通。");
        assertThat(answer.ticket()).isNotNull();
        var alerts = TestEngine.sync().xrange("anxin:escalations", io.lettuce.core.Range.create("-", "+")).stream()
                .map(m -> m.getBody())
                .filter(b -> answer.ticket().number().equals(b.get("ticket")))
                .map(b -> b.get("role") + ":" + b.get("urgent"))
                .toList();
        assertThat(alerts).containsExactly("AGENT:true", "SUPERVISOR:true");

        Answer next = engine.handle(message(conversations.find(answer.conversationId()).block().customerId(), "t2", "人呢？")).block();
        assertThat(next.replies()).extracting(Reply::text).containsExactly("人工客服稍后回复您。");
    }

    @Test
    void ticket_serials_count_up_within_the_month() {
        Answer a = engine.handle(message(customer(), "m1", WITHDRAWAL)).block();
        Answer b = engine.handle(message(customer(), "m1", WITHDRAWAL)).block();
        long serialA = TicketNumber.parse(a.ticket().number()).serial();
        assertThat(TicketNumber.parse(b.ticket().number()).serial()).isGreaterThan(serialA);
    }

    @Test
    void an_answered_message_leaves_its_conversation_free_for_the_next_one_at_once() {
        Answer answer = engine.handle(message(customer(), "m1", WITHDRAWAL)).block();

        // The commit gave the lease up in the same step: nobody waits for a release that comes after the answer.
        assertThat(TestEngine.sync().exists("anxin:{" + answer.conversationId().value() + "}:lease")).isZero();
    }
}
