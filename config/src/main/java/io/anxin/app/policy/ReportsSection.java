package io.anxin.app.policy;

import io.anxin.core.report.ReportSchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code reports} section of a policy pack: when the weekly report goes to operations (003 §2(五)) and the
 * monthly one to compliance (000 part 5 §11-12), and to which addresses. Either may be left out; every problem
 * is named with the file and the entry.
 *
 * <pre>
 * reports:
 *   weekly:  { to: [ops@example.com], day: monday, at: "09:00" }
 *   monthly: { to: [compliance@example.com], day: 1, at: "09:00" }
 * </pre>
 */
final class ReportsSection {

    private static final Set<String> KINDS = Set.of("weekly", "monthly");
    private static final Set<String> SCHEDULE = Set.of("to", "day", "at");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ReportsSection() {}

    static List<ReportSchedule> read(YamlFile file) {
        Object section = file.lookup("reports");
        if (section == null) {
            return List.of();
        }
        if (!(section instanceof Map<?, ?>)) {
            file.problem("reports", "must have weekly and/or monthly entries");
            return List.of();
        }
        file.allowOnly("reports", KINDS);
        List<ReportSchedule> schedules = new ArrayList<>();
        for (ReportSchedule.Kind kind : ReportSchedule.Kind.values()) {
            String path = "reports." + kind.label();
            Object entry = file.lookup(path);
            if (entry == null) {
                continue;
            }
            if (!(entry instanceof Map<?, ?>)) {
                file.problem(path, "must have to, day and at");
                continue;
            }
            file.allowOnly(path, SCHEDULE);
            List<String> to = recipients(file, path + ".to");
            DayOfWeek weekday = DayOfWeek.MONDAY;
            int dayOfMonth = 1;
            Object day = file.require(path + ".day");
            if (day != null && kind == ReportSchedule.Kind.WEEKLY) {
                try {
                    weekday = DayOfWeek.valueOf(String.valueOf(day).strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    file.problem(path + ".day", "'" + day + "' is not a day of the week; write e.g. monday");
                }
            } else if (day != null) {
                if (day instanceof Integer n && n >= 1 && n <= 28) {
                    dayOfMonth = n;
                } else {
                    file.problem(path + ".day", "'" + day + "' is not a day of the month from 1 to 28");
                }
            }
            LocalTime at = LocalTime.of(9, 0);
            Object time = file.require(path + ".at");
            if (time != null) {
                try {
                    at = LocalTime.parse(String.valueOf(time).strip());
                } catch (DateTimeParseException e) {
                    file.problem(path + ".at", "'" + time + "' is not a time of day; write it in quotes, e.g. \"09:00\"");
                }
            }
            if (!to.isEmpty()) {
                schedules.add(new ReportSchedule(kind, to, weekday, dayOfMonth, at));
            }
        }
        return List.copyOf(schedules);
    }

    private static List<String> recipients(YamlFile file, String path) {
        Object value = file.require(path);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            file.problem(path, "must be a list of e-mail addresses, e.g. [ops@example.com]");
            return List.of();
        }
        List<String> to = new ArrayList<>();
        for (Object address : list) {
            String a = String.valueOf(address).strip();
            if (EMAIL.matcher(a).matches()) {
                to.add(a);
            } else {
                file.problem(path, "'" + a + "' is not an e-mail address");
            }
        }
        return to;
    }
}
