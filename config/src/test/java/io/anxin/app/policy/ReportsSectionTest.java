package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.report.ReportSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** The policy pack's {@code reports} section: who gets the weekly and monthly reports, and when. */
class ReportsSectionTest {

    @TempDir
    Path dir;

    @Test
    void every_shipped_pack_sends_a_weekly_report_on_monday_and_a_monthly_one_on_the_first() {
        for (String pack : List.of("default", "bank", "property", "real-estate", "school")) {
            List<ReportSchedule> schedules = PolicyFiles.reportSchedules(new ClassPathResource("policies/" + pack + ".yml"),
                    "policies/" + pack + ".yml");
            assertThat(schedules).as(pack).extracting(ReportSchedule::kind)
                    .containsExactly(ReportSchedule.Kind.WEEKLY, ReportSchedule.Kind.MONTHLY);
            assertThat(schedules.get(0).weekday()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(schedules.get(1).dayOfMonth()).isEqualTo(1);
            assertThat(schedules).allSatisfy(s -> assertThat(s.at()).isEqualTo(LocalTime.of(9, 0)));
        }
        assertThat(PolicyFiles.reportSchedules(new ClassPathResource("policies/default.yml"), "policies/default.yml")
                .get(1).recipients()).containsExactly("compliance@example.com");
    }

    @Test
    void a_wrong_day_time_address_or_key_stops_the_start_naming_each() throws IOException {
        String pack = new String(new ClassPathResource("policies/default.yml").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String broken = pack.substring(0, pack.indexOf("\nreports:")) + """

                reports:
                  weekly: { to: [ops-at-example.com], day: someday, at: "9 o'clock" }
                  monthly: { to: [compliance@example.com], day: 31, at: "09:00", cc: [gm@example.com] }
                  daily: { to: [x@example.com] }
                """;
        Path file = Files.writeString(dir.resolve("broken.yml"), broken);

        assertThatThrownBy(() -> PolicyFiles.policy(new FileSystemResource(file), "policies/broken.yml"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("policies/broken.yml: reports.daily is not a known setting")
                .hasMessageContaining("reports.weekly.to 'ops-at-example.com' is not an e-mail address")
                .hasMessageContaining("reports.weekly.day 'someday' is not a day of the week")
                .hasMessageContaining("reports.weekly.at '9 o'clock' is not a time of day")
                .hasMessageContaining("reports.monthly.day '31' is not a day of the month from 1 to 28")
                .hasMessageContaining("reports.monthly.cc is not a known setting");
    }
}
