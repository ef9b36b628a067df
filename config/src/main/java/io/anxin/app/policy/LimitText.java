package io.anxin.app.policy;

import io.anxin.core.sla.Limit;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A time limit as an operator writes it in a policy pack: {@code 30m}, {@code 1h}, {@code 24h},
 * {@code 7 days}, {@code 8 working hours}, {@code 3 working days}, or in Chinese {@code 24小时},
 * {@code 7天}, {@code 3个工作日}. Whole numbers only: "1.5 days" means nothing in a regulation.
 *
 * <p>Hours and days "on the clock" count nights and holidays; working hours and working days count only the
 * business calendar's working time. How clock time is measured depends on the milestone, see
 * {@link #limit(Measure)}.
 */
record LimitText(Unit unit, long amount) {

    /** What the number counts. */
    enum Unit { MINUTES, HOURS, DAYS, WORKING_HOURS, WORKING_DAYS }

    /** How a milestone measures time written on the clock. */
    enum Measure {
        /** Due after that much clock time, moved to the next working moment: a promise someone must act on. */
        DUE_IN_WORKING_TIME,
        /** Due after that much clock time, whatever the hour (000 part 1 §10.3: a crisis does not wait for Monday). */
        ON_THE_CLOCK,
        /** Whole days at the same local time; other clock time as {@link #ON_THE_CLOCK}. */
        CALENDAR_DAYS
    }

    static final String EXAMPLES = "write e.g. 1h, 24h, 7 days, 8 working hours or 3 working days";

    private static final Pattern FORM = Pattern.compile(
            "([+-]?\\d+)\\s*(m|min|mins|minutes?|分钟|h|hours?|小时|個?小時|d|days?|天|日|"
                    + "working\\s+hours?|工作小时|工作小時|working\\s+days?|个?工作日|個?工作日)");

    /** The limit {@code text} writes, or null if it is not one; {@link #problem} says why. */
    static @Nullable LimitText parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        return new LimitText(unit(m.group(2).replaceAll("\\s+", " ")), amount);
    }

    /** What is wrong with {@code text} as a limit, or null if nothing. */
    static @Nullable String problem(Object value) {
        LimitText parsed = parse(String.valueOf(value));
        if (parsed == null) {
            return "'" + value + "' is not a time limit; " + EXAMPLES;
        }
        if (parsed.amount <= 0) {
            return "must be positive, was " + value;
        }
        if (parsed.amount > 3650 * 24 * 60) {
            return "is longer than anyone would wait: " + value;
        }
        return null;
    }

    private static Unit unit(String word) {
        if (word.startsWith("working h") || word.startsWith("工作小")) {
            return Unit.WORKING_HOURS;
        }
        if (word.startsWith("working d") || word.endsWith("工作日")) {
            return Unit.WORKING_DAYS;
        }
        if (word.startsWith("m") || word.equals("分钟")) {
            return Unit.MINUTES;
        }
        if (word.startsWith("h") || word.endsWith("小时") || word.endsWith("小時")) {
            return Unit.HOURS;
        }
        return Unit.DAYS;
    }

    /** The limit, with clock time measured as {@code measure} says. */
    Limit limit(Measure measure) {
        return switch (unit) {
            case WORKING_DAYS -> Limit.workingDays(Math.toIntExact(amount));
            case WORKING_HOURS -> Limit.workingTime(Duration.ofHours(amount));
            case DAYS -> measure == Measure.CALENDAR_DAYS ? Limit.calendarDays(Math.toIntExact(amount)) : clock(measure);
            case MINUTES, HOURS -> clock(measure);
        };
    }

    private Limit clock(Measure measure) {
        Duration length = switch (unit) {
            case MINUTES -> Duration.ofMinutes(amount);
            case HOURS -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return measure == Measure.DUE_IN_WORKING_TIME ? Limit.elapsedInWorkingTime(length) : Limit.elapsed(length);
    }
}
