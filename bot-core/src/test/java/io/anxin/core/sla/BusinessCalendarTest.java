package io.anxin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.sla.BusinessCalendar.DayKind;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import io.anxin.core.testing.TestCalendar;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final BusinessCalendar CN_2026 = TestCalendar.cn2026();

    private static BusinessCalendar.Builder china2026() {
        return TestCalendar.china2026();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A local date-time in Shanghai, e.g. {@code at("2026-09-30T17:50")}. */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void a_complaint_accepted_at_17_50_on_the_last_working_day_before_national_day_is_due_on_the_make_up_saturday_after_it() {
        // Wed 30 Sep is the last working day; 1-7 Oct off; Thu 8, Fri 9 and the make-up Sat 10 Oct are working days 1-3
        Instant accepted = at("2026-09-30T17:50");

        assertThat(CN_2026.plusWorkingDays(accepted, 3)).isEqualTo(at("2026-10-10T18:00"));
        assertThat(CN_2026.plusWorkingDays(at("2026-09-29T17:50"), 3)).isEqualTo(at("2026-10-09T18:00"));
    }

    @Test
    void a_complaint_accepted_at_17_50_on_the_friday_before_national_day_is_due_before_the_holiday_because_that_friday_is_mid_autumn() {
        // In 2026 the Friday before National Day, 25 Sep, is itself the Mid-Autumn holiday (25-27 Sep):
        // the day of acceptance does not count; Mon 28, Tue 29 and Wed 30 Sep are working days 1-3
        Instant accepted = at("2026-09-25T17:50");

        assertThat(CN_2026.kindOf(date("2026-09-25"))).isEqualTo(DayKind.HOLIDAY);
        assertThat(CN_2026.holidayName(date("2026-09-25"))).contains("中秋节");
        assertThat(CN_2026.plusWorkingDays(accepted, 3)).isEqualTo(at("2026-09-30T18:00"));
        // extended once to 7 working days, it crosses the holiday: 28, 29, 30 Sep, 8, 9, 10 (make-up Saturday), 12 Oct
        assertThat(CN_2026.plusWorkingDays(accepted, 7)).isEqualTo(at("2026-10-12T18:00"));
    }

    @Test
    void the_friday_before_that_counts_the_make_up_sunday_of_national_day_as_its_first_working_day() {
        // Fri 18 Sep 17:50: Sun 20 Sep is worked for National Day, then Mon 21 and Tue 22
        assertThat(CN_2026.plusWorkingDays(at("2026-09-18T17:50"), 3)).isEqualTo(at("2026-09-22T18:00"));
    }

    @Test
    void a_seven_working_day_extension_from_the_eve_of_national_day_ends_a_week_after_the_holiday() {
        assertThat(CN_2026.plusWorkingDays(at("2026-09-30T17:50"), 7)).isEqualTo(at("2026-10-15T18:00"));
    }

    @Test
    void the_80_percent_warning_of_a_deadline_across_national_day_falls_within_working_hours_after_the_holiday() {
        Instant accepted = at("2026-09-30T17:50");
        Instant due = CN_2026.plusWorkingDays(accepted, 3);

        // 10 min + 3 x 9 h = 27 h 10 min of working time; 80% of it is 21 h 44 min
        assertThat(CN_2026.workingTimeBetween(accepted, due)).isEqualTo(Duration.ofMinutes(27 * 60 + 10));
        assertThat(CN_2026.workingFraction(accepted, due, 0.8)).isEqualTo(at("2026-10-10T12:34"));
    }

    @Test
    void spring_festival_stops_the_clock_for_nine_days_and_its_make_up_saturdays_run_it() {
        Instant accepted = at("2026-02-13T17:50");

        // Sat 14 Feb (make-up) is day 1; 15-23 Feb off; Tue 24 and Wed 25 Feb are days 2 and 3
        assertThat(CN_2026.plusWorkingDays(accepted, 3)).isEqualTo(at("2026-02-25T18:00"));
        // 10 min on Friday, 9 h on the make-up Saturday, 1 h on the first morning after the holiday
        assertThat(CN_2026.workingTimeBetween(accepted, at("2026-02-24T10:00"))).isEqualTo(Duration.ofMinutes(10 + 9 * 60 + 60));
        assertThat(CN_2026.nextWorkingMoment(at("2026-02-16T20:00"))).isEqualTo(at("2026-02-24T09:00"));
        assertThat(CN_2026.isWorkingTime(at("2026-02-28T10:00"))).isTrue();
        assertThat(CN_2026.isWorkingTime(at("2026-02-23T10:00"))).isFalse();
    }

    @Test
    void a_make_up_saturday_is_a_working_day_with_the_usual_working_hours() {
        assertThat(CN_2026.kindOf(date("2026-10-10"))).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(CN_2026.isWorkingDay(date("2026-10-10"))).isTrue();
        assertThat(CN_2026.isWorkingTime(at("2026-10-10T09:00"))).isTrue();
        assertThat(CN_2026.isWorkingTime(at("2026-10-10T08:59"))).isFalse();
        assertThat(CN_2026.isWorkingTime(at("2026-10-10T18:00"))).isFalse();
        assertThat(CN_2026.kindOf(date("2026-10-17"))).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void on_a_friday_evening_hours_run_on_the_clock_but_working_hours_and_days_wait_for_monday() {
        Instant friday = at("2026-03-13T17:50");

        assertThat(CN_2026.plusElapsed(friday, Duration.ofHours(24))).isEqualTo(at("2026-03-14T17:50"));
        assertThat(CN_2026.plusWorkingTime(friday, Duration.ofHours(1))).isEqualTo(at("2026-03-16T09:50"));
        assertThat(CN_2026.plusWorkingTime(friday, Duration.ofMinutes(10))).isEqualTo(at("2026-03-13T18:00"));
        assertThat(CN_2026.plusWorkingDays(friday, 1)).isEqualTo(at("2026-03-16T18:00"));
        assertThat(CN_2026.plusWorkingDays(friday, 3)).isEqualTo(at("2026-03-18T18:00"));
        assertThat(CN_2026.nextWorkingMoment(at("2026-03-13T18:00"))).isEqualTo(at("2026-03-16T09:00"));
        assertThat(CN_2026.plusCalendarDays(friday, 7)).isEqualTo(at("2026-03-20T17:50"));
    }

    @Test
    void working_hours_across_a_weekend_count_only_friday_afternoon_and_monday_morning() {
        Instant friday = at("2026-03-13T16:00");
        Instant monday = at("2026-03-16T11:00");

        assertThat(CN_2026.workingTimeBetween(friday, monday)).isEqualTo(Duration.ofHours(4));
        assertThat(CN_2026.workingTimeBetween(monday, friday)).isEqualTo(Duration.ofHours(-4));
        assertThat(CN_2026.plusWorkingTime(friday, Duration.ofHours(4))).isEqualTo(monday);
        assertThat(CN_2026.workingTimeBetween(at("2026-03-14T10:00"), at("2026-03-15T17:00"))).isZero();
    }

    @Test
    void a_deadline_counted_from_a_night_or_a_holiday_starts_on_the_next_working_day_and_never_counts_the_day_of_acceptance() {
        // accepted before opening on a working day: that day still does not count (民法典 第二百零一条)
        assertThat(CN_2026.plusWorkingDays(at("2026-03-16T02:00"), 1)).isEqualTo(at("2026-03-17T18:00"));
        // accepted on the first day of National Day
        assertThat(CN_2026.plusWorkingDays(at("2026-10-01T10:00"), 1)).isEqualTo(at("2026-10-08T18:00"));
        assertThat(CN_2026.plusWorkingTime(at("2026-10-01T10:00"), Duration.ofHours(1))).isEqualTo(at("2026-10-08T10:00"));
    }

    @Test
    void we_will_call_you_back_on_the_next_working_day_reads_the_clock_it_is_given() {
        Clock duringTheHoliday = Clock.fixed(at("2026-10-03T15:00"), SHANGHAI);
        Clock onAWorkingMorning = Clock.fixed(at("2026-10-08T10:15"), SHANGHAI);

        assertThat(CN_2026.nextWorkingMoment(duringTheHoliday.instant())).isEqualTo(at("2026-10-08T09:00"));
        assertThat(CN_2026.nextWorkingDay(LocalDate.now(duringTheHoliday))).isEqualTo(date("2026-10-08"));
        assertThat(CN_2026.nextWorkingMoment(onAWorkingMorning.instant())).isEqualTo(onAWorkingMorning.instant());
        assertThat(CN_2026.isWorkingTime(onAWorkingMorning.instant())).isTrue();
    }

    @Test
    void a_lunch_break_is_not_working_time_and_working_hours_resume_after_it() {
        BusinessCalendar withLunch = CN_2026.withWorkingHours(
                java.util.List.of(WorkingPeriod.of("13:00", "18:00"), WorkingPeriod.of("09:00", "12:00")));
        Instant morning = at("2026-03-16T11:30");

        assertThat(withLunch.workingHours()).extracting(WorkingPeriod::toString).containsExactly("09:00-12:00", "13:00-18:00");
        assertThat(withLunch.isWorkingTime(at("2026-03-16T12:30"))).isFalse();
        assertThat(withLunch.nextWorkingMoment(at("2026-03-16T12:30"))).isEqualTo(at("2026-03-16T13:00"));
        assertThat(withLunch.plusWorkingTime(morning, Duration.ofHours(1))).isEqualTo(at("2026-03-16T13:30"));
        assertThat(withLunch.workingTimeBetween(morning, at("2026-03-16T14:00"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(withLunch.closeOfBusiness(date("2026-03-16"))).isEqualTo(at("2026-03-16T18:00"));
    }

    @Test
    void a_year_without_an_official_schedule_is_detectable_and_counts_weekends_only() {
        Instant newYearsEve = at("2026-12-31T17:50");
        Instant due = CN_2026.plusWorkingDays(newYearsEve, 1);

        assertThat(CN_2026.hasScheduleFor(2026)).isTrue();
        assertThat(CN_2026.hasScheduleFor(2027)).isFalse();
        // without the 2027 notice, Friday 1 January 2027 is taken as a working day — and the caller can tell
        assertThat(due).isEqualTo(at("2027-01-01T18:00"));
        assertThat(CN_2026.unscheduledYears(newYearsEve, due)).containsExactly(2027);
        assertThat(CN_2026.unscheduledYears(at("2026-09-30T17:50"), at("2026-10-10T18:00"))).isEmpty();
        assertThat(CN_2026.kindOf(date("2027-01-02"))).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void a_date_both_holiday_and_make_up_day_overlapping_holidays_and_a_seven_day_weekend_are_refused() {
        assertThatThrownBy(() -> china2026().makeUpWorkingDay("国庆节", date("2026-10-02"))
                .workingHours(WorkingPeriod.of("09:00", "18:00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-10-02 is both a holiday (国庆节) and a make-up working day (国庆节)");
        assertThatThrownBy(() -> china2026().holiday("中秋节", date("2026-10-06"), date("2026-10-08")))
                .hasMessage("holiday 中秋节 overlaps 国庆节 on 2026-10-06");
        assertThatThrownBy(() -> BusinessCalendar.builder(SHANGHAI).workingHours(WorkingPeriod.of("09:00", "18:00"))
                .weekend(Set.of(DayOfWeek.values())).build())
                .hasMessageContaining("no working day");
        assertThatThrownBy(() -> BusinessCalendar.builder(SHANGHAI)
                .workingHours(WorkingPeriod.of("09:00", "13:00"), WorkingPeriod.of("12:00", "18:00")).build())
                .hasMessage("working periods 09:00-13:00 and 12:00-18:00 overlap");
        assertThatThrownBy(() -> WorkingPeriod.of("18:00", "09:00")).hasMessageContaining("must end after it starts");
    }
}
