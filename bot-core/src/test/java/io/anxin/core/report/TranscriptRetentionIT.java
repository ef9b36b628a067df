package io.anxin.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.InFlightLimit;
import io.anxin.core.message.Channel;
import io.anxin.core.redis.RedisAccessAudit;
import io.anxin.core.redis.RedisConversationStore;
import io.anxin.core.redis.RedisEscalationLog;
import io.anxin.core.redis.RedisHumanDesk;
import io.anxin.core.redis.RedisReportFacts;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.redis.RedisTurnStore;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.testing.ConversationFlow;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.testing.TestCalendar;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.testing.TestScripts;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.desk.Staff;
import io.anxin.core.desk.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code anxin.retention.transcripts}: a transcript expires that long after its last line, and the month's figures
 * do not change when it goes. Here the retention is two seconds, so the test can watch it happen.
 */
class TranscriptRetentionIT {

    private static final String COMPLAINT = "信用卡年费被重复扣了，我的电话13812345678";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-04T02:00:00Z"));

    @Test
    void the_transcript_is_purged_after_the_retention_while_the_ticket_stays_in_the_statistics() throws Exception {
        var redis = TestEngine.redis();
        ConversationEngine engine = new ConversationEngine(new RedisConversationStore(redis), new RedisTicketStore(redis),
                new RedisTurnStore(redis, Duration.ofDays(30), Duration.ofSeconds(2)), new RedisEscalationLog(redis),
                TestEngine.milestoneTimers(), TestEngine.afterRegistration(clock), TestEngine.followUp(clock),
                new RedisHumanDesk(redis), new FixedTriager().complaint(COMPLAINT, 1), TestScripts.library(),
                TestEngine.NO_KNOWLEDGE, TestEngine.POLICY, clock, ConversationEngine.Timing.DEFAULT, InFlightLimit.NONE);
        ConversationFlow customer = new ConversationFlow(engine, Channel.WECHAT, clock);
        customer.send(COMPLAINT).assertNewTicket("complaint");
        var conversation = customer.answer().conversationId();
        String transcript = "anxin:{" + conversation.value() + "}:transcript";
        Reports reports = new Reports(new RedisReportFacts(redis),
                new CompileStatistics(TestCalendar.cn2026(), new MilestoneSchedule(TestCalendar.cn2026(),
                        TestEngine.POLICY.milestoneLimits())),
                new FindRecurringProblems(new RedisTicketStore(redis)), new RedisAccessAudit(redis),
                ZoneId.of("Asia/Shanghai"), clock);
        Period day = new Period(LocalDate.parse("2026-08-04"), LocalDate.parse("2026-08-04"));
        Staff compliance = new Staff("wang.fang", "Wang", Set.of(StaffRole.COMPLIANCE), null);

        assertThat(TestEngine.sync().exists(transcript)).isEqualTo(1);
        assertThat(TestEngine.sync().ttl(transcript)).isBetween(1L, 2L);
        long before = reports.statistics(compliance, day, "json").block().total().complaints();

        Thread.sleep(2_500);

        assertThat(TestEngine.sync().exists(transcript)).as("the transcript is purged").isZero();
        assertThat(new RedisConversationStore(redis).transcript(conversation).collectList().block()).isEmpty();
        assertThat(new RedisTicketStore(redis).find(TicketNumber.parse(customer.answer().ticket().number())).block())
                .as("the ticket, the archive of the complaint, stays").isNotNull();
        assertThat(reports.statistics(compliance, day, "json").block().total().complaints()).isEqualTo(before).isPositive();
    }
}
