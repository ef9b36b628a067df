package io.anxin.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.Speaker;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.lifecycle.MoveTicket;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.outbox.DeliverOutbox;
import io.anxin.core.outbox.TranscriptCourier;
import io.anxin.core.redis.RedisCallbackTasks;
import io.anxin.core.redis.RedisConversationStore;
import io.anxin.core.redis.RedisEscalationLog;
import io.anxin.core.redis.RedisOutbox;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.redis.RedisTimerStore;
import io.anxin.core.sla.BreachRule;
import io.anxin.core.sla.EscalatingMilestoneHandler;
import io.anxin.core.sla.FireDueTimers;
import io.anxin.core.testing.ConversationFlow;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.TriageResult;
import io.lettuce.core.Range;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** After resolution the customer is asked for two scores on their own channel (003 §6(五); 001). */
class FollowUpIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    private final RedisTicketStore tickets = new RedisTicketStore(TestEngine.redis());
    private final FollowUp followUp = TestEngine.followUp(clock);
    private final MoveTicket move = TestEngine.moveTicket(clock);
    private final DeliverOutbox deliver = new DeliverOutbox(new RedisOutbox(TestEngine.redis()),
            List.of(new TranscriptCourier(Channel.API)), "test", clock, DeliverOutbox.Settings.DEFAULT);
    private final FixedTriager triager = new FixedTriager()
            .complaint("理财赎回的钱三天了还没到账", 1)
            .complaint("处理结果我不接受，钱还是没到", 1);
    private final ConversationEngine engine = TestEngine.engine(triager, clock);

    private TicketNumber resolvedComplaint(ConversationFlow customer) {
        customer.send("理财赎回的钱三天了还没到账").assertNewTicket("complaint");
        TicketNumber number = TicketNumber.parse(customer.answer().ticket().number());
        clock.advance(Duration.ofHours(2));
        move.move(number, TicketStatus.IN_PROGRESS, "ops-li", null).block();
        move.move(number, TicketStatus.RESOLVED, "ops-li", "redemption paid out").block();
        deliver.drain().block();
        return number;
    }

    private List<String> botLines(ConversationId conversation) {
        return new RedisConversationStore(TestEngine.redis()).transcript(conversation)
                .filter(e -> e.speaker() == Speaker.BOT)
                .map(TranscriptEntry::text).collectList().block();
    }

    @Test
    void a_resolved_complaint_brings_the_survey_to_the_customer_and_good_scores_archive_it() {
        ConversationFlow customer = new ConversationFlow(engine, Channel.API, clock);
        TicketNumber number = resolvedComplaint(customer);
        Ticket resolved = tickets.find(number).block();

        assertThat(botLines(resolved.conversationId()))
                .contains("工单 " + number + " 已处理完毕，请给结果和态度各打 0-10 分，例如 8 9。");

        customer.send("结果9分 态度10分").assertReply("感谢您的评价").assertNoNewTicket();

        Ticket archived = tickets.find(number).block();
        assertThat(archived.status()).isEqualTo(TicketStatus.ARCHIVED);
        assertThat(archived.form().satisfaction()).isEqualTo("result 9/10, attitude 10/10 (satisfied)");
        assertThat(followUp.pending(resolved.conversationId()).block()).isNull();
    }

    @Test
    void scores_without_words_are_answered_in_the_language_of_the_conversation() {
        // a real detector reads "8 9" as English, having no Chinese character to go by
        triager.result("8 9", new TriageResult(Intent.INQUIRY, 0.5, null, Set.of(), 0, Lang.EN));
        ConversationFlow customer = new ConversationFlow(engine, Channel.API, clock);
        resolvedComplaint(customer);

        customer.send("8 9").assertReply("感谢您的评价");
    }

    @Test
    void a_dissatisfied_score_opens_a_call_back_due_in_seven_days_and_a_new_complaint_is_linked_to_the_old_one() {
        ConversationFlow customer = new ConversationFlow(engine, Channel.API, clock);
        TicketNumber number = resolvedComplaint(customer);

        customer.send("3 8").assertReply("主管会在 7 天内给您回电");

        assertThat(tickets.find(number).block().status()).isEqualTo(TicketStatus.FOLLOWED_UP);
        CallbackTask task = new RedisCallbackTasks(TestEngine.redis()).open(1000)
                .filter(t -> t.ticket().equals(number)).blockFirst();
        assertThat(task.dueBy()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(task.reason()).isEqualTo("result 3/10, attitude 8/10 (dissatisfied)");
        assertThat(TestEngine.sync().xrange("anxin:escalations", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("reason") + " " + e.getBody().get("ticket"))
                .contains("dissatisfied " + number);

        customer.send("处理结果我不接受，钱还是没到").assertNewTicket("complaint");
        Ticket again = tickets.find(TicketNumber.parse(customer.answer().ticket().number())).block();
        assertThat(again.reComplaintOf()).isEqualTo(number);
    }

    @Test
    void a_survey_left_unanswered_until_the_follow_up_is_due_archives_the_ticket_without_a_breach() {
        ConversationFlow customer = new ConversationFlow(engine, Channel.API, clock);
        TicketNumber number = resolvedComplaint(customer);
        EscalationLog escalations = new RedisEscalationLog(TestEngine.redis());
        FireDueTimers fire = new FireDueTimers(new RedisTimerStore(TestEngine.redis()),
                new CloseUnansweredSurvey(followUp, new EscalatingMilestoneHandler(tickets, escalations,
                        BreachRule.NOTIFY_ONLY, clock)),
                clock, FireDueTimers.Settings.DEFAULT);

        clock.advance(Duration.ofDays(8));
        fire.drain().block();

        Ticket archived = tickets.find(number).block();
        assertThat(archived.status()).isEqualTo(TicketStatus.ARCHIVED);
        assertThat(archived.form().satisfaction()).isEqualTo("no answer");
        assertThat(TestEngine.sync().xrange("anxin:escalations", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("reason") + " " + e.getBody().get("ticket"))
                .doesNotContain("breach:follow_up " + number);
    }
}
