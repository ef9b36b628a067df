package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.BusinessCalendar.DayKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

class CalendarFilesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private FileSystemResource write(String yaml) throws IOException {
        return new FileSystemResource(Files.writeString(dir.resolve("cal.yml"), yaml));
    }

    /** A valid file with one year; {@code years} is the indented body of that year's entries. */
    private static String file(String years) {
        return """
                zone: Asia/Shanghai
                working-hours: [09:00-18:00]
                weekend: [saturday, sunday]
                years:
                  2026:
                    source: 国务院办公厅关于2026年部分节假日安排的通知
                """ + years;
    }

    private static BusinessCalendar shipped() {
        return CalendarFiles.calendar(new ClassPathResource("calendars/cn.yml"), "calendars/cn.yml");
    }

    @Test
    void the_shipped_china_calendar_loads_and_knows_the_official_2025_and_2026_schedules_but_not_2027() {
        BusinessCalendar cn = shipped();

        assertThat(cn.zone()).isEqualTo(SHANGHAI);
        assertThat(cn.scheduledYears()).containsExactly(2025, 2026);
        assertThat(cn.hasScheduleFor(2027)).isFalse();
        // the 2026 notice: 33 days off in 7 holidays, 6 make-up working days
        assertThat(cn.holidays().keySet()).filteredOn(d -> d.getYear() == 2026).hasSize(33);
        assertThat(cn.makeUpWorkingDays().keySet()).filteredOn(d -> d.getYear() == 2026).containsExactly(
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(cn.holidayName(LocalDate.of(2026, 10, 7))).contains("国庆节");
        assertThat(cn.holidayName(LocalDate.of(2026, 9, 25))).contains("中秋节");
        assertThat(cn.kindOf(LocalDate.of(2026, 10, 8))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(cn.kindOf(LocalDate.of(2026, 10, 10))).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    }

    @Test
    void on_the_shipped_calendar_a_complaint_accepted_at_17_50_before_national_day_is_due_on_the_make_up_saturday() {
        var accepted = LocalDateTime.parse("2026-09-30T17:50").atZone(SHANGHAI).toInstant();

        assertThat(shipped().plusWorkingDays(accepted, 3))
                .isEqualTo(LocalDateTime.parse("2026-10-10T18:00").atZone(SHANGHAI).toInstant());
    }

    @Test
    void a_misspelt_key_is_named_at_the_top_in_a_year_and_in_an_entry() throws IOException {
        FileSystemResource bad = write(file("""
                    holidays:
                      - { name: 国庆节, from: 2026-10-01, to: 2026-10-07, note: 7 days }
                    make-up-days:
                      - { date: 2026-10-10, for: 国庆节 }
                """).replace("weekend:", "weekends:"));

        assertThatThrownBy(() -> CalendarFiles.calendar(bad, "calendars/cal.yml"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("calendars/cal.yml: weekends is not a known setting; expected one of "
                        + "[description, zone, working-hours, weekend, years]")
                .hasMessageContaining("calendars/cal.yml: years.2026.make-up-days is not a known setting; "
                        + "expected one of [source, holidays, make-up-working-days]")
                .hasMessageContaining("calendars/cal.yml: years.2026.holidays #1 (国庆节) note is not a known setting");
    }

    @Test
    void an_impossible_date_a_badly_written_date_and_a_date_of_another_year_are_each_refused() throws IOException {
        FileSystemResource bad = write(file("""
                    holidays:
                      - { name: 春节, from: 2026-02-15, to: 2026-02-30 }
                      - { name: 清明节, date: 2026/04/04 }
                      - { name: 国庆节, from: 2027-10-01, to: 2027-10-07 }
                """));

        assertThatThrownBy(() -> CalendarFiles.calendar(bad, "calendars/cal.yml"))
                .hasMessageContaining("calendars/cal.yml: years.2026.holidays #1 (春节) to '2026-02-30' is not a date; "
                        + "write year-month-day, e.g. 2026-10-01")
                .hasMessageContaining("calendars/cal.yml: years.2026.holidays #2 (清明节) date '2026/04/04' is not a date")
                .hasMessageContaining("calendars/cal.yml: years.2026.holidays #3 (国庆节) from 2027-10-01 is not in 2026");
    }

    @Test
    void a_holiday_that_ends_before_it_starts_is_refused() throws IOException {
        FileSystemResource bad = write(file("""
                    holidays:
                      - { name: 国庆节, from: 2026-10-07, to: 2026-10-01 }
                """));

        assertThatThrownBy(() -> CalendarFiles.calendar(bad, "calendars/cal.yml"))
                .hasMessageContaining("calendars/cal.yml: years.2026.holidays #1 (国庆节) ends on 2026-10-01, "
                        + "before it starts on 2026-10-07");
    }

    @Test
    void overlapping_holiday_entries_are_refused_naming_both() throws IOException {
        FileSystemResource bad = write(file("""
                    holidays:
                      - { name: 中秋节, from: 2026-09-25, to: 2026-09-27 }
                      - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }
                      - { name: 国庆节加班补休, from: 2026-10-06, to: 2026-10-09 }
                """));

        assertThatThrownBy(() -> CalendarFiles.calendar(bad, "calendars/cal.yml"))
                .hasMessage("invalid policy files:\n  calendars/cal.yml: years.2026.holidays #3 (国庆节加班补休) "
                        + "overlaps years.2026.holidays #2 (国庆节) on 2026-10-06");
    }

    @Test
    void a_make_up_day_that_is_a_holiday_a_weekday_listed_twice_or_for_an_unknown_holiday_is_refused() throws IOException {
        FileSystemResource bad = write(file("""
                    holidays:
                      - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }
                    make-up-working-days:
                      - { date: 2026-10-03, for: 国庆节 }
                      - { date: 2026-10-09, for: 国庆节 }
                      - { date: 2026-10-10, for: 国庆节 }
                      - { date: 2026-10-10, for: 国庆节 }
                      - { date: 2026-09-20, for: 国庆 }
                """));

        assertThatThrownBy(() -> CalendarFiles.calendar(bad, "calendars/cal.yml"))
                .hasMessageContaining("calendars/cal.yml: years.2026.make-up-working-days #1 (2026-10-03) "
                        + "is also a holiday: years.2026.holidays #1 (国庆节)")
                .hasMessageContaining("calendars/cal.yml: years.2026.make-up-working-days #2 (2026-10-09) is a Friday, "
                        + "a working day anyway")
                .hasMessageContaining("calendars/cal.yml: years.2026.make-up-working-days #4 (2026-10-10) "
                        + "is listed twice, also as years.2026.make-up-working-days #3 (2026-10-10)")
                .hasMessageContaining("calendars/cal.yml: years.2026.make-up-working-days #5 (2026-09-20) "
                        + "for '国庆' names no holiday of 2026; expected one of [国庆节]");
    }

    @Test
    void bad_working_hours_an_unknown_zone_an_unknown_weekday_and_a_year_without_source_are_refused() throws IOException {
        FileSystemResource bad = write("""
                zone: Asia/Beijing
                working-hours: [18:00-09:00, 09:00-13:00, 12:00-18:00, 25:00-26:00, nine to six]
                weekend: [saturday, sundy]
                years:
                  2026:
                    holidays:
                      - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }
                  next:
                    source: unknown
                """);

        assertThatThrownBy(() -> CalendarFiles.calendar(bad, "calendars/cal.yml"))
                .hasMessageContaining("calendars/cal.yml: zone 'Asia/Beijing' is not a time zone; write e.g. Asia/Shanghai")
                .hasMessageContaining("calendars/cal.yml: working-hours #1 '18:00-09:00' ends before it starts")
                .hasMessageContaining("calendars/cal.yml: working-hours #3 '12:00-18:00' overlaps 09:00-13:00")
                .hasMessageContaining("calendars/cal.yml: working-hours #4 '25:00-26:00' has a time that does not exist")
                .hasMessageContaining("calendars/cal.yml: working-hours #5 'nine to six' is not a period of the day")
                .hasMessageContaining("calendars/cal.yml: weekend 'sundy' is not a day of the week")
                .hasMessageContaining("calendars/cal.yml: years.2026.source is required")
                .hasMessageContaining("calendars/cal.yml: years.next is not a year");
    }

    @Test
    void the_same_year_written_twice_is_refused_rather_than_the_last_one_winning() throws IOException {
        FileSystemResource bad = write(file("""
                    holidays:
                      - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }
                  2026:
                    source: again
                    holidays:
                      - { name: 中秋节, from: 2026-09-25, to: 2026-09-27 }
                """));

        assertThatThrownBy(() -> CalendarFiles.calendar(bad, "calendars/cal.yml"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("calendars/cal.yml: not valid YAML")
                .hasMessageContaining("duplicate key 2026");
    }

    @Test
    void an_operator_can_write_a_lunch_break_chinese_weekday_names_and_a_one_day_holiday() throws IOException {
        BusinessCalendar calendar = CalendarFiles.calendar(write("""
                zone: Asia/Shanghai
                working-hours: [09:00-12:00, 13:00-18:00]
                weekend: [周六, 周日]
                years:
                  2025:
                    source: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）
                    holidays:
                      - name: 元旦
                        date: 2025-01-01
                """), "calendars/cal.yml");

        assertThat(calendar.workingHours()).hasSize(2);
        assertThat(calendar.kindOf(LocalDate.of(2025, 1, 1))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.kindOf(LocalDate.of(2025, 1, 4))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.hasScheduleFor(2025)).isTrue();
    }
}
