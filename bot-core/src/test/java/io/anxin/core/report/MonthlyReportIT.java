package io.anxin.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.desk.AccessAudit;
import io.anxin.core.desk.NotPermittedException;
import io.anxin.core.desk.Staff;
import io.anxin.core.desk.StaffRole;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.lifecycle.MoveTicket;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.redis.RedisAccessAudit;
import io.anxin.core.redis.RedisReportFacts;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.testing.ConversationFlow;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.testing.TestCalendar;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.TriageResult;
import io.lettuce.core.Range;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A month of tickets through the engine on a moving clock (June 2026, with the Dragon Boat holiday), handled as
 * a service centre would: most complaints in time, some late, some left open; surveys answered; call-backs in
 * time, late or never; re-complaints. The test keeps its own count as it goes, and the monthly report must
 * agree with it; the problem the script repeats must be the top cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period JUNE = new Period(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"));
    private static final Instant REPORTED = Instant.parse("2026-07-20T02:00:00Z");

    /** The problem the month repeats: one fault told in three ways. */
    private static final List<String> REPEATED = List.of("手机App转账一直失败，提示系统繁忙",
            "App转账失败，一直提示系统繁忙，钱转不出去", "转账一直失败，App提示系统繁忙请稍后再试");
    /** Ten other complaints, each told three times in the month. */
    private static final List<String> OTHERS = List.of("信用卡年费被重复扣了两次", "理财产品赎回到账比说好的晚了一周",
            "客服热线排队四十分钟没人接", "网点柜员办业务态度很差还摔东西", "积分兑换的礼品一直没有发货",
            "贷款提前还款被收了违约金却没人提前说明", "账单上有一笔不认识的消费", "短信验证码总是收不到",
            "基金定投没有按约定日期扣款", "营业厅叫号系统乱跳号");
    private static final String NOT_OURS = "快递把包裹放在门口被人拿走了";
    private static final String AGAIN = "处理结果我不接受，问题还是没解决";
    private static final String INQUIRY = "请问信用卡额度怎么调整";
    private static final String SUGGESTION = "建议App增加夜间模式";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-20T02:00:00Z"));
    private final BusinessCalendar calendar = TestCalendar.cn2026();
    private final FixedTriager triager = new FixedTriager();
    private ConversationEngine engine;
    private MoveTicket move;
    private FollowUp followUp;
    private final Reports reports = new Reports(new RedisReportFacts(TestEngine.redis()),
            new CompileStatistics(TestCalendar.cn2026(), new MilestoneSchedule(TestCalendar.cn2026(),
                    TestEngine.POLICY.milestoneLimits())),
            new FindRecurringProblems(new RedisTicketStore(TestEngine.redis())), new RedisAccessAudit(TestEngine.redis()),
            SHANGHAI, clock);

    /** What happens when, in time order: the script is written ahead, then played on the clock. */
    private final List<Step> steps = new ArrayList<>();
    private final List<Made> made = new ArrayList<>();

    private record Step(Instant at, int order, Runnable action) {}

    /** A ticket the script made, and what the script did with it: the test's own count. */
    private static final class Made {
        Intent type;
        Channel channel;
        Instant createdAt;
        boolean invalid;
        boolean repeated;
        boolean reComplaint;
        TicketNumber number;
        ConversationFlow customer;
        Instant firstContact;
        Instant resolved;
        Integer result;
        Integer attitude;
        Instant followedUp;
        Instant calledBack;
    }

    private Staff supervisor = new Staff("sup-wang", "Wang", Set.of(StaffRole.SUPERVISOR), null);

    @BeforeAll
    void play_the_month() {
        REPEATED.forEach(t -> triager.complaint(t, 1));
        OTHERS.forEach(t -> triager.complaint(t, 1, Lang.ZH_HANS));
        triager.complaint(AGAIN, 1, Lang.ZH_HANS);
        triager.result(NOT_OURS, new TriageResult(Intent.COMPLAINT, 0.95, Category.NON_COMPANY, Set.of(), 1, Lang.ZH_HANS));
        triager.intent(INQUIRY, Intent.INQUIRY, 0.95, Lang.ZH_HANS);
        triager.intent(SUGGESTION, Intent.SUGGESTION, 0.95, Lang.ZH_HANS);
        engine = TestEngine.engine(triager, clock);
        move = TestEngine.moveTicket(clock);
        followUp = TestEngine.followUp(clock);

        // The problem already showed in May, five times: its trend in June is up.
        for (int d = 0; d < 5; d++) {
            int i = d;
            at(Instant.parse("2026-05-25T02:00:00Z").plus(Duration.ofDays(d)), () -> open(Intent.COMPLAINT,
                    REPEATED.get(i % 3), Channel.WECHAT, false, true));
        }
        int i = 0;
        int complaintNo = 0;
        for (LocalDate day = JUNE.first(); !day.isAfter(JUNE.last()); day = day.plusDays(1)) {
            Instant morning = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
            for (int k = 0; k < 8; k++, i++) {
                Instant when = morning.plus(Duration.ofMinutes(40L * k));
                Channel channel = Channel.values()[i % Channel.values().length];
                switch (k) {
                    case 0, 1, 2, 3 -> {
                        String text = k <= 1 ? REPEATED.get(i % 3) : k == 2 ? OTHERS.get(day.getDayOfMonth() % 10) : NOT_OURS;
                        int pattern = complaintNo++;
                        boolean invalid = k == 3;
                        boolean repeated = k <= 1;
                        at(when, () -> handleComplaint(open(Intent.COMPLAINT, text, channel, invalid, repeated), pattern));
                    }
                    case 4, 5 -> {
                        boolean answered = i % 2 == 0;
                        at(when, () -> {
                            Made inquiry = open(Intent.INQUIRY, INQUIRY, channel, false, false);
                            if (answered) {
                                later(inquiry.createdAt.plus(Duration.ofHours(2)), () -> {
                                    move.move(inquiry.number, TicketStatus.RESOLVED, "agent-li", "answered").block();
                                    inquiry.resolved = clock.instant();
                                });
                            }
                        });
                    }
                    case 6 -> at(when, () -> {
                        Made suggestion = open(Intent.SUGGESTION, SUGGESTION, channel, false, false);
                        later(suggestion.createdAt.plus(Duration.ofDays(1)), () -> {
                            move.move(suggestion.number, TicketStatus.RESOLVED, "ops-zhao", "adopted").block();
                            suggestion.resolved = clock.instant();
                        });
                    });
                    default -> at(when, () -> open(Intent.INQUIRY, INQUIRY, channel, false, false));
                }
            }
        }
        while (!steps.isEmpty()) {
            steps.sort(Comparator.comparing(Step::at).thenComparing(Step::order));
            Step next = steps.remove(0);
            clock.set(next.at());
            next.action().run();
        }
        clock.set(REPORTED);
    }

    /**
     * Complaints in three patterns: handled in time (satisfied), handled late (dissatisfied, then a call-back in
     * time, late, or never with a re-complaint), or left open.
     */
    private void handleComplaint(Made c, int pattern) {
        switch (pattern % 3) {
            case 0 -> {
                later(c.createdAt.plus(Duration.ofMinutes(30)), () -> contact(c));
                later(c.createdAt.plus(Duration.ofHours(3)), () -> resolve(c));
                later(c.createdAt.plus(Duration.ofHours(4)), () -> answer(c, 9, 9));
            }
            case 1 -> {
                later(c.createdAt.plus(Duration.ofDays(5)), () -> contact(c));
                later(c.createdAt.plus(Duration.ofDays(12)), () -> resolve(c));
                later(c.createdAt.plus(Duration.ofDays(12)).plus(Duration.ofHours(1)), () -> answer(c, 2, 6));
                int callBack = (pattern / 3) % 4;
                Instant answered = c.createdAt.plus(Duration.ofDays(12)).plus(Duration.ofHours(1));
                if (callBack == 0 || callBack == 2) {
                    later(answered.plus(Duration.ofDays(2)), () -> callBack(c));
                } else if (callBack == 1) {
                    later(answered.plus(Duration.ofDays(9)), () -> callBack(c));
                } else {
                    later(answered.plus(Duration.ofHours(2)), () -> {
                        c.customer.send(AGAIN).assertNewTicket("complaint");
                        record(c.customer, Intent.COMPLAINT, c.channel, false, false).reComplaint = true;
                    });
                }
            }
            default -> { } // left open
        }
    }

    private void contact(Made c) {
        move.move(c.number, TicketStatus.IN_PROGRESS, "ops-li", null).block();
        c.firstContact = clock.instant();
    }

    private void resolve(Made c) {
        move.move(c.number, TicketStatus.RESOLVED, "ops-li", "fixed").block();
        c.resolved = clock.instant();
    }

    private void answer(Made c, int result, int attitude) {
        c.customer.send(result + " " + attitude).assertNoNewTicket();
        c.result = result;
        c.attitude = attitude;
        c.followedUp = clock.instant();
    }

    private void callBack(Made c) {
        assertThat(followUp.calledBack(c.number, "sup-wang", "explained the fix").block()).isTrue();
        c.calledBack = clock.instant();
    }

    private Made open(Intent type, String text, Channel channel, boolean invalid, boolean repeated) {
        ConversationFlow customer = new ConversationFlow(engine, channel, clock);
        customer.send(text).assertNewTicket(type.label());
        return record(customer, type, channel, invalid, repeated);
    }

    private Made record(ConversationFlow customer, Intent type, Channel channel, boolean invalid, boolean repeated) {
        Made m = new Made();
        m.type = type;
        m.channel = channel;
        m.createdAt = clock.instant();
        m.invalid = invalid;
        m.repeated = repeated;
        m.customer = customer;
        m.number = TicketNumber.parse(customer.answer().ticket().number());
        made.add(m);
        return m;
    }

    private void at(Instant when, Runnable action) {
        steps.add(new Step(when, steps.size(), action));
    }

    private void later(Instant when, Runnable action) {
        at(when, action);
    }

    /**
     * The month's surveys and reports wait in the outbox that every test of this JVM shares, for couriers no test
     * here runs; they are taken out again, so that the next test's delivery round is not a month's backlog. Nothing
     * has read them (no delivery runs in this class), so deleting them leaves no consumer a dangling entry.
     */
    @org.junit.jupiter.api.AfterAll
    void leave_the_shared_outbox_as_it_was() {
        Set<String> ours = new java.util.HashSet<>();
        made.forEach(m -> ours.add("survey:" + m.number));
        var sync = TestEngine.sync();
        String[] entries = sync.xrange("anxin:{outbox}:queue", Range.create("-", "+")).stream()
                .filter(e -> ours.contains(e.getBody().get("id")) || e.getBody().get("id").startsWith("report:monthly:2026-06-01:"))
                .map(io.lettuce.core.StreamMessage::getId)
                .toArray(String[]::new);
        if (entries.length > 0) {
            sync.xdel("anxin:{outbox}:queue", entries);
        }
    }

    private List<Made> june() {
        Instant from = JUNE.start(SHANGHAI);
        Instant to = JUNE.end(SHANGHAI);
        return made.stream().filter(m -> !m.createdAt.isBefore(from) && m.createdAt.isBefore(to)).toList();
    }

    @Test
    void the_month_has_a_few_hundred_tickets_and_the_report_counts_each_type_and_channel_as_the_script_made_them() {
        Statistics report = reports.statistics(supervisor, JUNE, "json").block();
        List<Made> june = june();

        assertThat(june).hasSizeGreaterThan(240);
        assertThat(report.total().tickets()).isEqualTo(june.size());
        for (Intent type : Intent.values()) {
            assertThat(report.by().get("type").get(type.label()).tickets()).as(type.label())
                    .isEqualTo(june.stream().filter(m -> m.type == type).count());
        }
        for (Channel channel : Channel.values()) {
            assertThat(report.by().get("channel").get(channel.id()).tickets()).as(channel.id())
                    .isEqualTo(june.stream().filter(m -> m.channel == channel).count());
        }
        Map<String, Long> perDay = new TreeMap<>();
        june.forEach(m -> perDay.merge(LocalDate.ofInstant(m.createdAt, SHANGHAI).toString(), 1L, Long::sum));
        Map<String, Long> reportedPerDay = new TreeMap<>();
        report.by().get("day").forEach((day, figures) -> reportedPerDay.put(day, figures.tickets()));
        assertThat(reportedPerDay).isEqualTo(perDay);
    }

    @Test
    void valid_and_invalid_complaints_closures_and_re_complaints_match_the_scripts_count() {
        Figures total = reports.statistics(supervisor, JUNE, "json").block().total();
        List<Made> june = june();
        long complaints = june.stream().filter(m -> m.type == Intent.COMPLAINT).count();
        long invalid = june.stream().filter(m -> m.invalid).count();
        long closed = june.stream().filter(m -> m.resolved != null).count();

        assertThat(total.complaints()).isEqualTo(complaints);
        assertThat(total.invalidComplaints()).isEqualTo(invalid).isPositive();
        assertThat(total.validComplaints()).isEqualTo(complaints - invalid);
        assertThat(total.closed()).isEqualTo(closed);
        assertThat(total.closureRate()).isCloseTo((double) closed / june.size(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(total.reComplaints()).isEqualTo(june.stream().filter(m -> m.reComplaint).count()).isPositive();
    }

    @Test
    void the_time_limits_count_what_was_in_time_what_was_late_and_what_is_still_overdue() {
        Figures total = reports.statistics(supervisor, JUNE, "json").block().total();
        List<Made> complaints = june().stream().filter(m -> m.type == Intent.COMPLAINT).toList();
        long onTime = complaints.stream().filter(m -> m.firstContact != null
                && Duration.between(m.createdAt, m.firstContact).toHours() < 1).count();
        long late = complaints.stream().filter(m -> m.firstContact != null
                && Duration.between(m.createdAt, m.firstContact).toDays() >= 5).count();
        long overdue = complaints.stream().filter(m -> m.firstContact == null).count();

        Figures.TimeLimit firstContact = total.timeLimits().get("first_contact");
        assertThat(firstContact.onTime()).isEqualTo(onTime);
        assertThat(firstContact.late()).isEqualTo(late);
        assertThat(firstContact.overdue()).isEqualTo(overdue);
        assertThat(firstContact.share()).isCloseTo((double) onTime / complaints.size(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(total.timeLimits().get("resolve")).isEqualTo(firstContact);
        assertThat(total.timeLimits().get("forward")).isEqualTo(firstContact);

        List<Made> inquiries = june().stream().filter(m -> m.type == Intent.INQUIRY).toList();
        Figures.TimeLimit answer = total.timeLimits().get("inquiry_answer");
        assertThat(answer.onTime()).isEqualTo(inquiries.stream().filter(m -> m.resolved != null).count());
        assertThat(answer.overdue()).isEqualTo(inquiries.stream().filter(m -> m.resolved == null).count());
        assertThat(total.timeLimits().get("suggestion_reply").onTime())
                .isEqualTo(june().stream().filter(m -> m.type == Intent.SUGGESTION).count());
        assertThat(total.timeLimits().get("follow_up").onTime())
                .isEqualTo(complaints.stream().filter(m -> m.followedUp != null).count());

        long breaches = 3 * (late + overdue) + answer.overdue();
        assertThat(total.breaches()).isEqualTo(breaches);
    }

    @Test
    void times_to_first_contact_and_resolution_are_in_working_hours() {
        Figures total = reports.statistics(supervisor, JUNE, "json").block().total();
        List<Made> complaints = june().stream().filter(m -> m.type == Intent.COMPLAINT && m.firstContact != null).toList();
        List<Double> hours = complaints.stream()
                .map(m -> calendar.workingTimeBetween(m.createdAt, m.firstContact).toSeconds() / 3600.0)
                .sorted().toList();

        assertThat(total.firstContact().measured()).isEqualTo(hours.size());
        assertThat(total.firstContact().medianHours())
                .isCloseTo(hours.get((int) Math.ceil(hours.size() / 2.0) - 1), org.assertj.core.data.Offset.offset(0.001));
        assertThat(total.firstContact().p90Hours()).isGreaterThan(24); // five calendar days late is well over a day
        assertThat(total.resolution().measured()).isEqualTo(june().stream().filter(m -> m.resolved != null).count());
    }

    @Test
    void satisfaction_and_call_backs_match_what_customers_answered_and_supervisors_did() {
        Figures total = reports.statistics(supervisor, JUNE, "json").block().total();
        List<Made> answered = june().stream().filter(m -> m.result != null).toList();
        long happy = answered.stream().filter(m -> m.result >= 8).count();
        long unhappy = answered.stream().filter(m -> m.result <= 4).count();

        assertThat(total.resultSatisfaction()).isEqualTo(new Figures.Distribution(unhappy, 0, happy));
        assertThat(total.attitudeSatisfaction()).isEqualTo(new Figures.Distribution(0, unhappy, happy));
        List<Made> owed = answered.stream().filter(m -> m.result <= 4).toList();
        long inTime = owed.stream().filter(m -> m.calledBack != null
                && !m.calledBack.isAfter(m.followedUp.plus(Duration.ofDays(7)))).count();
        long lateCalls = owed.stream().filter(m -> m.calledBack != null
                && m.calledBack.isAfter(m.followedUp.plus(Duration.ofDays(7)))).count();
        assertThat(total.callBacks()).isEqualTo(new Figures.CallBacks(owed.size(), inTime, lateCalls,
                owed.size() - inTime - lateCalls));
        assertThat(inTime).isPositive();
        assertThat(lateCalls).isPositive();
    }

    @Test
    void the_top_cluster_is_the_problem_the_script_repeated_and_it_is_up_on_may() {
        List<RecurringProblem> top = reports.recurring(supervisor, JUNE, 5, "json").block();
        Set<String> repeated = new java.util.HashSet<>();
        june().stream().filter(m -> m.repeated).forEach(m -> repeated.add(m.number.toString()));

        RecurringProblem first = top.get(0);
        assertThat(first.category()).isEqualTo("system_fault");
        assertThat(first.complaints()).isEqualTo(repeated.size());
        assertThat(first.examples()).extracting(RecurringProblem.Example::ticket).allMatch(repeated::contains);
        assertThat(first.examples().get(0).excerpt()).contains("转账");
        assertThat(first.previous()).isEqualTo(5);
        assertThat(first.trend()).isEqualTo("up");
        assertThat(first.departments()).containsOnlyKeys("-");
        assertThat(top.get(1).complaints()).isLessThan(first.complaints());
    }

    @Test
    void a_report_is_audited_and_refused_to_an_agent() {
        Staff agent = new Staff("agent-li", "Li", Set.of(StaffRole.AGENT), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.statistics(agent, JUNE, "csv").block())
                .isInstanceOf(NotPermittedException.class);

        String csv = ReportCsv.statistics(reports.statistics(supervisor, JUNE, "csv").block());
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("dimension,value,tickets,complaints,");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("all,all," + june().size() + ",");
        assertThat(TestEngine.sync().xrange("anxin:audit", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("who") + " " + e.getBody().get("what"))
                .contains("sup-wang export:statistics 2026-06-01..2026-06-30 csv")
                .noneMatch(line -> line.startsWith("agent-li"));
    }

    @Test
    void the_monthly_report_goes_to_each_compliance_address_once_though_two_instances_ask_with_the_figures_and_the_csv() {
        ReportSchedule monthly = new ReportSchedule(ReportSchedule.Kind.MONTHLY,
                List.of("compliance@bank.example", "audit@bank.example"), java.time.DayOfWeek.MONDAY, 1,
                java.time.LocalTime.of(9, 0));
        var redis = TestEngine.redis();
        SendScheduledReports one = new SendScheduledReports(List.of(monthly), reports,
                new io.anxin.core.redis.RedisReportClaims(redis), new io.anxin.core.redis.RedisOutbox(redis),
                new RedisAccessAudit(redis), clock);
        SendScheduledReports other = new SendScheduledReports(List.of(monthly), reports,
                new io.anxin.core.redis.RedisReportClaims(redis), new io.anxin.core.redis.RedisOutbox(redis),
                new RedisAccessAudit(redis), clock);

        assertThat(one.sendDue().block() + other.sendDue().block()).isEqualTo(1);
        assertThat(one.sendDue().block()).isZero();

        var posted = TestEngine.sync().xrange("anxin:{outbox}:queue", Range.create("-", "+")).stream()
                .map(io.lettuce.core.StreamMessage::getBody)
                .filter(f -> f.get("id").startsWith("report:monthly:2026-06-01:")).toList();
        assertThat(posted).extracting(f -> f.get("email"))
                .containsExactlyInAnyOrder("compliance@bank.example", "audit@bank.example");
        Map<String, String> mail = posted.get(0);
        assertThat(mail.get("subject")).isEqualTo("Anxin monthly report 月报 2026-06-01..2026-06-30");
        assertThat(mail.get("replies")).contains("Tickets 工单: " + june().size());
        assertThat(mail.get("documents")).contains("anxin-monthly-2026-06-01-2026-06-30.csv")
                .contains("all,all," + june().size() + ",").contains("<h2>Recurring problems")
                .contains("system_fault");
        assertThat(TestEngine.sync().xrange("anxin:audit", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("who") + " " + e.getBody().get("what"))
                .contains("scheduled-report export:monthly report 2026-06-01..2026-06-30 to 2 recipients");
    }

    @Test
    void a_weekly_report_is_not_due_before_its_day_and_hour() {
        ReportSchedule weekly = new ReportSchedule(ReportSchedule.Kind.WEEKLY, List.of("ops@bank.example"),
                java.time.DayOfWeek.MONDAY, 1, java.time.LocalTime.of(9, 0));
        // Monday 22 June 2026, 08:59 and 09:00 in Shanghai: the week of 15 to 21 June.
        assertThat(weekly.due(Instant.parse("2026-06-22T00:59:00Z"), SHANGHAI)).isEmpty();
        assertThat(weekly.due(Instant.parse("2026-06-22T01:00:00Z"), SHANGHAI))
                .contains(new Period(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-06-21")));
        assertThat(weekly.due(Instant.parse("2026-06-24T01:00:00Z"), SHANGHAI))
                .as("an instance that was down sends it when it is back")
                .contains(new Period(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-06-21")));
    }
}
