package io.anxin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.testing.TestCalendar;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Intent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MilestoneScheduleTest {

    private static final BusinessCalendar CN_2026 = TestCalendar.cn2026();
    private static final MilestoneSchedule SCHEDULE = new MilestoneSchedule(CN_2026, MilestoneLimits.seeds());

    /** Wednesday 30 September 2026, 17:50 in Shanghai: the last working day before National Day. */
    private static final Instant BEFORE_NATIONAL_DAY = at("2026-09-30T17:50");

    /** A local date-time in Shanghai, e.g. {@code at("2026-09-30T17:50")}. */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TestCalendar.SHANGHAI).toInstant();
    }

    private static Map<Milestone, MilestoneDeadline> byMilestone(List<MilestoneDeadline> deadlines) {
        return deadlines.stream().collect(Collectors.toMap(MilestoneDeadline::milestone, Function.identity()));
    }

    @Test
    void a_complaint_accepted_at_17_50_before_national_day_must_be_resolved_by_18_00_on_the_make_up_saturday_10_october() {
        MilestoneDeadline resolve = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.FOUR, BEFORE_NATIONAL_DAY))
                .get(Milestone.RESOLVE);

        // Thu 8, Fri 9 and the make-up Sat 10 Oct are working days 1-3; 1-7 Oct are the holiday
        assertThat(resolve.due()).isEqualTo(at("2026-10-10T18:00"));
        assertThat(resolve.unscheduledYears()).isEmpty();
    }

    @Test
    void the_resolve_warning_falls_at_80_percent_of_the_working_time_not_of_the_clock_time() {
        MilestoneDeadline resolve = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.FOUR, BEFORE_NATIONAL_DAY))
                .get(Milestone.RESOLVE);

        // working time: 10 min on 30 Sep + 3 × 9 h = 27 h 10 min; 80% = 21 h 44 min:
        // 10 min on 30 Sep, 9 h on 8 Oct, 9 h on 9 Oct, then 3 h 34 min on Sat 10 Oct from 09:00
        assertThat(resolve.warnAt()).isEqualTo(at("2026-10-10T12:34"));
    }

    @Test
    void a_grade_1_complaint_needs_its_plan_24_hours_later_on_the_clock_even_on_a_holiday() {
        MilestoneDeadline plan = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.ONE, BEFORE_NATIONAL_DAY))
                .get(Milestone.PLAN);

        assertThat(plan.due()).isEqualTo(at("2026-10-01T17:50"));
        assertThat(plan.warnAt()).isEqualTo(at("2026-10-01T13:02")); // 80% of 24 h = 19 h 12 min
    }

    @Test
    void a_grade_4_complaint_needs_its_plan_12_hours_later_and_is_warned_at_80_percent_of_them() {
        MilestoneDeadline plan = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.FOUR, BEFORE_NATIONAL_DAY))
                .get(Milestone.PLAN);

        assertThat(plan.due()).isEqualTo(at("2026-10-01T05:50"));
        assertThat(plan.warnAt()).isEqualTo(at("2026-10-01T03:26")); // 80% of 12 h = 9 h 36 min
    }

    @Test
    void grades_1_and_2_get_24_hours_for_the_plan_and_grades_3_and_4_get_12() {
        Instant accepted = at("2026-11-16T10:00");
        Map<Grade, Instant> due = Map.of(
                Grade.ONE, SCHEDULE.plan(Grade.ONE, accepted).due(),
                Grade.TWO, SCHEDULE.plan(Grade.TWO, accepted).due(),
                Grade.THREE, SCHEDULE.plan(Grade.THREE, accepted).due(),
                Grade.FOUR, SCHEDULE.plan(Grade.FOUR, accepted).due());

        assertThat(due).containsExactlyInAnyOrderEntriesOf(Map.of(
                Grade.ONE, at("2026-11-17T10:00"), Grade.TWO, at("2026-11-17T10:00"),
                Grade.THREE, at("2026-11-16T22:00"), Grade.FOUR, at("2026-11-16T22:00")));
    }

    @Test
    void a_complaint_has_forward_first_contact_plan_and_resolve_an_inquiry_an_answer_and_a_suggestion_a_reply() {
        Instant accepted = at("2026-11-16T10:00");

        assertThat(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.THREE, accepted)).extracting(MilestoneDeadline::milestone)
                .containsExactly(Milestone.FORWARD, Milestone.FIRST_CONTACT, Milestone.PLAN, Milestone.RESOLVE);
        assertThat(SCHEDULE.atAcceptance(Intent.INQUIRY, Grade.FOUR, accepted)).extracting(MilestoneDeadline::milestone)
                .containsExactly(Milestone.INQUIRY_ANSWER);
        assertThat(SCHEDULE.atAcceptance(Intent.SUGGESTION, Grade.FOUR, accepted)).extracting(MilestoneDeadline::milestone)
                .containsExactly(Milestone.SUGGESTION_REPLY);
    }

    @Test
    void on_an_ordinary_monday_forward_is_due_in_an_hour_and_resolve_at_close_of_business_on_thursday() {
        Map<Milestone, MilestoneDeadline> m = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.FOUR, at("2026-11-16T10:00")));

        assertThat(m.get(Milestone.FORWARD).due()).isEqualTo(at("2026-11-16T11:00"));
        assertThat(m.get(Milestone.FORWARD).warnAt()).isEqualTo(at("2026-11-16T10:48"));
        assertThat(m.get(Milestone.FIRST_CONTACT).due()).isEqualTo(at("2026-11-17T10:00"));
        assertThat(m.get(Milestone.RESOLVE).due()).isEqualTo(at("2026-11-19T18:00"));
    }

    @Test
    void first_contact_and_forward_due_on_a_holiday_move_to_the_first_working_moment_after_it_as_the_customer_was_promised() {
        Map<Milestone, MilestoneDeadline> m = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.FOUR, BEFORE_NATIONAL_DAY));

        // the engine promises nextWorkingMoment(accepted + 24 h): Thu 1 Oct 17:50 is National Day
        assertThat(m.get(Milestone.FIRST_CONTACT).due())
                .isEqualTo(CN_2026.nextWorkingMoment(BEFORE_NATIONAL_DAY.plus(Duration.ofHours(24))))
                .isEqualTo(at("2026-10-08T09:00"));
        assertThat(m.get(Milestone.FORWARD).due()).isEqualTo(at("2026-10-08T09:00"));
        // the only working time before then is 17:50-18:00 on 30 Sep: the warning comes before the holiday
        assertThat(m.get(Milestone.FORWARD).warnAt()).isEqualTo(at("2026-09-30T17:58"));
    }

    @Test
    void a_complaint_accepted_in_the_night_of_a_weekend_has_no_forward_warning_because_no_working_time_precedes_the_due_time() {
        // Sat 21 Nov 2026 02:00 + 1 h is outside working time: due at 09:00 on Monday, nothing to warn in before
        MilestoneDeadline forward = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.FOUR, at("2026-11-21T02:00")))
                .get(Milestone.FORWARD);
        TicketNumber number = new TicketNumber(Intent.COMPLAINT, YearMonth.of(2026, 11), 7);

        assertThat(forward.due()).isEqualTo(at("2026-11-23T09:00"));
        assertThat(forward.warnAt()).isNull();
        assertThat(forward.timers(number)).extracting(Timer::id).containsExactly("C-202611-0007:forward:due");
    }

    @Test
    void an_extended_complaint_is_due_at_close_of_business_on_the_seventh_working_day() {
        // Fri 25 Sep is Mid-Autumn: 28, 29, 30 Sep, 8, 9, 10 (make-up Saturday), 12 Oct
        MilestoneDeadline extended = SCHEDULE.resolveExtended(at("2026-09-25T17:50"));

        assertThat(extended.milestone()).isEqualTo(Milestone.RESOLVE);
        assertThat(extended.due()).isEqualTo(at("2026-10-12T18:00"));
    }

    @Test
    void the_follow_up_is_due_one_week_after_resolution_at_the_same_local_time() {
        MilestoneDeadline followUp = SCHEDULE.followUp(at("2026-10-09T15:30"));

        assertThat(followUp.due()).isEqualTo(at("2026-10-16T15:30"));
        assertThat(followUp.warnAt()).isEqualTo(at("2026-10-15T05:54")); // 80% of 168 h = 134 h 24 min
    }

    @Test
    void each_milestone_gives_a_warning_timer_and_a_due_timer_with_ids_made_of_ticket_milestone_and_kind() {
        TicketNumber number = new TicketNumber(Intent.COMPLAINT, YearMonth.of(2026, 9), 1);
        MilestoneDeadline resolve = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.FOUR, BEFORE_NATIONAL_DAY))
                .get(Milestone.RESOLVE);

        assertThat(resolve.timers(number)).containsExactly(
                new Timer("C-202609-0001:resolve:warn", number, Milestone.RESOLVE, Timer.Kind.WARN,
                        at("2026-10-10T12:34"), at("2026-10-10T18:00")),
                new Timer("C-202609-0001:resolve:due", number, Milestone.RESOLVE, Timer.Kind.DUE,
                        at("2026-10-10T18:00"), at("2026-10-10T18:00")));
        assertThat(resolve.timers(number).get(1).reason()).isEqualTo("breach:resolve");
        assertThat(resolve.timers(number).get(0).reason()).isEqualTo("warning:resolve");
    }

    @Test
    void the_warning_fraction_is_configurable() {
        MilestoneSchedule halfway = new MilestoneSchedule(CN_2026, MilestoneLimits.seeds().warningAt(0.5));

        MilestoneDeadline plan = halfway.plan(Grade.FOUR, at("2026-11-16T10:00"));

        assertThat(plan.warnAt()).isEqualTo(at("2026-11-16T16:00"));
        assertThatThrownBy(() -> MilestoneLimits.seeds().warningAt(1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pack_without_plan_deadlines_schedules_no_plan() {
        MilestoneLimits seeds = MilestoneLimits.seeds();
        MilestoneLimits noPlans = new MilestoneLimits(seeds.forward(), seeds.firstContact(), seeds.resolve(),
                seeds.resolveExtended(), seeds.inquiryAnswer(), seeds.suggestionReply(), null, null, seeds.followUp(), 0.8);

        assertThat(new MilestoneSchedule(CN_2026, noPlans).atAcceptance(Intent.COMPLAINT, Grade.ONE, BEFORE_NATIONAL_DAY))
                .extracting(MilestoneDeadline::milestone)
                .doesNotContain(Milestone.PLAN);
    }

    @Test
    void an_extended_resolve_limit_shorter_than_the_normal_one_is_refused_comparing_days_with_days_and_hours() {
        MilestoneLimits seeds = MilestoneLimits.seeds();

        assertThat(Limit.workingDays(2).shorterThan(Limit.workingDays(3))).isTrue();
        assertThat(Limit.elapsedInWorkingTime(Duration.ofHours(48)).shorterThan(Limit.workingDays(3))).isTrue();
        assertThat(Limit.workingDays(7).shorterThan(Limit.elapsedInWorkingTime(Duration.ofDays(3)))).isFalse();
        // working hours are a different measure: not comparable with days, so never "shorter"
        assertThat(Limit.workingTime(Duration.ofHours(8)).shorterThan(Limit.workingDays(3))).isFalse();
        assertThatThrownBy(() -> new MilestoneLimits(seeds.forward(), seeds.firstContact(), Limit.workingDays(15),
                Limit.calendarDays(10), seeds.inquiryAnswer(), seeds.suggestionReply(), null, null, seeds.followUp(), 0.8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the extended resolve limit (10 days) is shorter than the normal one (15 working days)");
    }

    @Test
    void a_deadline_that_runs_into_a_year_without_a_holiday_schedule_says_so() {
        // 2027's schedule is unknown: the deadline was counted with weekends only
        MilestoneDeadline resolve = byMilestone(SCHEDULE.atAcceptance(Intent.COMPLAINT, Grade.FOUR, at("2026-12-30T10:00")))
                .get(Milestone.RESOLVE);

        assertThat(resolve.unscheduledYears()).containsExactly(2027);
    }

    @Test
    void a_milestone_is_met_once_the_ticket_has_moved_past_it() {
        assertThat(Milestone.FORWARD.isMetBy(TicketStatus.ACCEPTED)).isFalse();
        assertThat(Milestone.FORWARD.isMetBy(TicketStatus.FORWARDED)).isTrue();
        assertThat(Milestone.FIRST_CONTACT.isMetBy(TicketStatus.FORWARDED)).isFalse();
        assertThat(Milestone.FIRST_CONTACT.isMetBy(TicketStatus.IN_PROGRESS)).isTrue();
        assertThat(Milestone.RESOLVE.isMetBy(TicketStatus.IN_PROGRESS)).isFalse();
        assertThat(Milestone.RESOLVE.isMetBy(TicketStatus.RESOLVED)).isTrue();
        assertThat(Milestone.FOLLOW_UP.isMetBy(TicketStatus.RESOLVED)).isFalse();
        assertThat(Milestone.FOLLOW_UP.isMetBy(TicketStatus.FOLLOWED_UP)).isTrue();
        assertThat(Milestone.PLAN.isMetBy(TicketStatus.CLOSED_AT_INTAKE)).isTrue();
    }

    @Test
    void the_seed_limits_are_1_hour_24_hours_3_and_7_working_days_plans_by_grade_and_a_one_week_follow_up() {
        MilestoneLimits seeds = MilestoneLimits.seeds();

        assertThat(seeds.resolve()).isEqualTo(Limit.workingDays(3));
        assertThat(seeds.resolveExtended()).isEqualTo(Limit.workingDays(7));
        assertThat(seeds.plan(Grade.TWO)).isEqualTo(Limit.elapsed(Duration.ofHours(24)));
        assertThat(seeds.plan(Grade.THREE)).isEqualTo(Limit.elapsed(Duration.ofHours(12)));
        assertThat(seeds.followUp()).isEqualTo(Limit.calendarDays(7));
        assertThat(seeds.firstContact()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofHours(24)));
        assertThat(seeds.warnAt()).isEqualTo(0.8);
    }
}
