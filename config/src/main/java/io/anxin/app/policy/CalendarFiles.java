package io.anxin.app.policy;

import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.WorkingPeriod;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * Reads a business calendar ({@code calendars/<name>.yml}: zone, working hours, weekend and per year the
 * official holidays and make-up working days), refusing to start on any problem with the file, the entry
 * and what is wrong: unknown keys, bad dates, a holiday ending before it starts, overlapping holidays, a
 * make-up day that is also a holiday or not a weekend day.
 *
 * <p>Unlike {@link YamlFile} it reads dates as the text the operator wrote: SnakeYAML's default would turn
 * an unquoted {@code 2026-02-30} into 2 March without a word. Duplicate keys (the same year twice) are an
 * error rather than the last one silently winning.
 */
public final class CalendarFiles {

    private static final List<String> TOP = List.of("description", "zone", "working-hours", "weekend", "years");
    private static final List<String> YEAR = List.of("source", "holidays", "make-up-working-days");
    private static final List<String> HOLIDAY = List.of("name", "date", "from", "to");
    private static final List<String> MAKE_UP = List.of("date", "for");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");
    private static final Pattern YEAR_KEY = Pattern.compile("\\d{4}");
    private static final Map<String, DayOfWeek> DAY_NAMES = dayNames();

    private CalendarFiles() {}

    public static BusinessCalendar calendar(Resource resource, String name) {
        YamlFile file = YamlFile.read(resource, name);
        Map<String, Object> root = file.root();
        file.allowOnly("", root, TOP);

        ZoneId zone = file.zone("zone");
        List<WorkingPeriod> hours = workingHours(file, root.get("working-hours"));
        Set<DayOfWeek> weekend = weekend(file, root.get("weekend"));
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone).weekend(weekend);
        builder.workingHours(hours);

        Object years = root.get("years");
        if (!(years instanceof Map<?, ?> yearMap) || yearMap.isEmpty()) {
            file.problem("years", years == null ? "is required: at least one year with its official schedule"
                    : "must list years, e.g. 2026:, each with source, holidays and make-up-working-days");
        } else {
            readYears(file, yearMap, weekend, builder);
        }
        file.throwIfProblems();
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(List.of(name + ": " + e.getMessage()));
        }
    }

    private static void readYears(YamlFile file, Map<?, ?> years, Set<DayOfWeek> weekend, BusinessCalendar.Builder builder) {
        Map<LocalDate, String> holidayAt = new TreeMap<>();
        Map<Integer, Map<String, Object>> valid = new LinkedHashMap<>();
        Map<Integer, Set<String>> holidayNames = new LinkedHashMap<>();
        years.forEach((key, value) -> {
            String path = "years." + key;
            if (!YEAR_KEY.matcher(String.valueOf(key)).matches()) {
                file.problem(path, "is not a year; write the year of the notice, e.g. 2026:");
            } else if (!(value instanceof Map<?, ?>)) {
                file.problem(path, "must have source, holidays and make-up-working-days");
            } else {
                valid.put(Integer.parseInt(String.valueOf(key)), YamlFile.stringKeys((Map<?, ?>) value));
            }
        });
        // every year's holidays first, so that a make-up day can be checked against all of them
        valid.forEach((year, entry) -> {
            String path = "years." + year;
            file.allowOnly(path, entry, YEAR);
            Object source = entry.get("source");
            if (source == null || String.valueOf(source).isBlank()) {
                file.problem(path + ".source", "is required: the notice the dates come from (title, number, date)");
            }
            holidayNames.put(year, readHolidays(file, year, entry.get("holidays"), holidayAt, builder));
            builder.scheduledYear(year);
        });
        Map<LocalDate, String> makeUpAt = new TreeMap<>();
        valid.forEach((year, entry) -> readMakeUps(file, year, entry.get("make-up-working-days"), holidayNames.get(year),
                holidayAt, makeUpAt, weekend, builder));
    }

    private static Set<String> readHolidays(YamlFile file, int year, @Nullable Object value,
                                            Map<LocalDate, String> holidayAt, BusinessCalendar.Builder builder) {
        String path = "years." + year + ".holidays";
        Set<String> names = new LinkedHashSet<>();
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            file.problem(path, value == null ? "is required: every holiday of the notice"
                    : "must be a list of holidays, e.g. - { name: 国庆节, from: " + year + "-10-01, to: " + year + "-10-07 }");
            return names;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = path + " #" + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                file.problem(at, "must be a holiday with name and date, or name, from and to");
                continue;
            }
            Map<String, Object> entry = YamlFile.stringKeys(raw);
            Object nameValue = entry.get("name");
            String name = nameValue == null ? "" : String.valueOf(nameValue).strip();
            String label = name.isEmpty() ? at : at + " (" + name + ")";
            file.allowOnly(label, entry, HOLIDAY);
            if (name.isEmpty()) {
                file.problem(label, "needs a name, e.g. 国庆节");
            } else {
                names.add(name);
            }
            LocalDate from;
            LocalDate to;
            if (entry.containsKey("date")) {
                if (entry.containsKey("from") || entry.containsKey("to")) {
                    file.problem(label, "gives both date and from/to; write date: for one day, or from: and to:");
                    continue;
                }
                from = date(file, label, "date", entry.get("date"), year);
                to = from;
            } else if (entry.containsKey("from") || entry.containsKey("to")) {
                from = date(file, label, "from", entry.get("from"), year);
                to = date(file, label, "to", entry.get("to"), year);
            } else {
                file.problem(label, "needs its dates: date: for one day, or from: and to: (first and last day)");
                continue;
            }
            if (from == null || to == null || name.isEmpty()) {
                continue;
            }
            if (to.isBefore(from)) {
                file.problem(label, "ends on " + to + ", before it starts on " + from);
                continue;
            }
            boolean clash = false;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                String other = holidayAt.get(d);
                if (other != null) {
                    if (!clash) {
                        file.problem(label, "overlaps " + other + " on " + d);
                    }
                    clash = true;
                }
            }
            if (!clash) {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    holidayAt.put(d, label);
                }
                builder.holiday(name, from, to);
            }
        }
        return names;
    }

    private static void readMakeUps(YamlFile file, int year, @Nullable Object value, Set<String> holidayNames,
                                    Map<LocalDate, String> holidayAt, Map<LocalDate, String> makeUpAt,
                                    Set<DayOfWeek> weekend, BusinessCalendar.Builder builder) {
        String path = "years." + year + ".make-up-working-days";
        if (value == null) {
            return;     // a notice may move no working day
        }
        if (!(value instanceof List<?> list)) {
            file.problem(path, "must be a list of days, e.g. - { date: " + year + "-10-10, for: 国庆节 }");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = path + " #" + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                file.problem(at, "must be a day with date and for (the holiday it makes up for)");
                continue;
            }
            Map<String, Object> entry = YamlFile.stringKeys(raw);
            Object dateValue = entry.get("date");
            String label = dateValue == null ? at : at + " (" + dateValue + ")";
            file.allowOnly(label, entry, MAKE_UP);
            Object forValue = entry.get("for");
            String forHoliday = forValue == null ? "" : String.valueOf(forValue).strip();
            if (forHoliday.isEmpty()) {
                file.problem(label, "needs for: the holiday it makes up for, one of " + holidayNames);
            } else if (!holidayNames.contains(forHoliday)) {
                file.problem(label, "for '" + forHoliday + "' names no holiday of " + year + "; expected one of " + holidayNames);
            }
            if (dateValue == null) {
                file.problem(label, "needs date: the weekend day that is worked");
                continue;
            }
            LocalDate date = date(file, label, "date", dateValue, year);
            if (date == null) {
                continue;
            }
            String holiday = holidayAt.get(date);
            String twice = makeUpAt.putIfAbsent(date, label);
            if (twice != null) {
                file.problem(label, "is listed twice, also as " + twice);
            } else if (holiday != null) {
                file.problem(label, "is also a holiday: " + holiday);
            } else if (!weekend.contains(date.getDayOfWeek())) {
                file.problem(label, "is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ", a working day anyway; a make-up working day is a weekend day worked instead: check the date");
            } else if (!forHoliday.isEmpty()) {
                builder.makeUpWorkingDay(forHoliday, date);
            }
        }
    }

    /** A strict year-month-day date of the notice's year (or the December before it, for a New Year holiday). */
    private static @Nullable LocalDate date(YamlFile file, String label, String key, @Nullable Object value, int year) {
        if (value == null) {
            file.problem(label, "needs " + key + ": a date such as " + year + "-10-01");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(value).strip(), DATE);
        } catch (DateTimeParseException e) {
            file.problem(label, key + " '" + value + "' is not a date; write year-month-day, e.g. " + year + "-10-01");
            return null;
        }
        if (date.getYear() != year && !(date.getYear() == year - 1 && date.getMonthValue() == 12)) {
            file.problem(label, key + " " + date + " is not in " + year + " (a notice's dates lie in its year,"
                    + " or at most in the December before)");
            return null;
        }
        return date;
    }

    private static List<WorkingPeriod> workingHours(YamlFile file, @Nullable Object value) {
        List<WorkingPeriod> periods = new ArrayList<>();
        if (value == null) {
            file.problem("working-hours", "is required, e.g. [09:00-18:00] or [09:00-12:00, 13:00-18:00]");
            return List.of(WorkingPeriod.of("09:00", "18:00"));
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        for (int i = 0; i < items.size(); i++) {
            String at = items.size() == 1 && !(value instanceof List<?>) ? "working-hours" : "working-hours #" + (i + 1);
            String text = String.valueOf(items.get(i));
            Matcher m = PERIOD.matcher(text);
            if (!m.matches()) {
                file.problem(at, "'" + text + "' is not a period of the day; write e.g. 09:00-18:00");
                continue;
            }
            LocalTime start;
            LocalTime end;
            try {
                start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                end = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (DateTimeException e) {
                file.problem(at, "'" + text + "' has a time that does not exist; times run from 00:00 to 23:59");
                continue;
            }
            if (!start.isBefore(end)) {
                file.problem(at, "'" + text + "' ends before it starts (periods cannot run past midnight)");
                continue;
            }
            for (WorkingPeriod earlier : periods) {
                if (earlier.start().isBefore(end) && start.isBefore(earlier.end())) {
                    file.problem(at, "'" + text + "' overlaps " + earlier);
                }
            }
            periods.add(new WorkingPeriod(start, end));
        }
        if (items.isEmpty()) {
            file.problem("working-hours", "is empty; write at least one period, e.g. [09:00-18:00]");
        }
        // with any problem here the file is refused before the calendar is built
        return periods;
    }

    private static Set<DayOfWeek> weekend(YamlFile file, @Nullable Object value) {
        if (value == null) {
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        for (Object item : items) {
            DayOfWeek day = DAY_NAMES.get(String.valueOf(item).strip().toLowerCase(Locale.ROOT));
            if (day == null) {
                file.problem("weekend", "'" + item + "' is not a day of the week; write e.g. [saturday, sunday]");
            } else {
                days.add(day);
            }
        }
        if (days.size() == DayOfWeek.values().length) {
            file.problem("weekend", "lists all seven days; no day would be a working day");
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        return days;
    }

    private static Map<String, DayOfWeek> dayNames() {
        Map<String, DayOfWeek> names = new LinkedHashMap<>();
        String[] zh = {"一", "二", "三", "四", "五", "六", "日"};
        for (DayOfWeek day : DayOfWeek.values()) {
            names.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
            names.put(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
            names.put("周" + zh[day.ordinal()], day);
            names.put("星期" + zh[day.ordinal()], day);
        }
        names.put("周天", DayOfWeek.SUNDAY);
        names.put("星期天", DayOfWeek.SUNDAY);
        return Map.copyOf(names);
    }
}
