package io.anxin.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one time limit is measured on a {@link BusinessCalendar}, and when its warning falls.
 *
 * <p>Limits on the clock ({@link Elapsed}, {@link CalendarDays}) warn at the given fraction of the clock
 * time between start and due. Limits measured in working time ({@link ElapsedInWorkingTime},
 * {@link WorkingTime}, {@link WorkingDays}) warn at that fraction of the <em>working</em> time between
 * start and due ({@link BusinessCalendar#workingFraction}), so a warning never falls at night or on a
 * holiday; when there is no working time at all between start and due (accepted on a Saturday, due at
 * 09:00 on Monday) there is nothing to warn in and the limit has no warning.
 */
public sealed interface Limit {

    /** When a milestone started at {@code start} is due. */
    Instant due(BusinessCalendar calendar, Instant start);

    /**
     * When to warn that a milestone started at {@code start} and due at {@code due} is close to due:
     * {@code fraction} (0 exclusive to 1 exclusive) of the way, or null when there is no time to warn in.
     */
    @Nullable Instant warning(BusinessCalendar calendar, Instant start, Instant due, double fraction);

    /**
     * Whether this limit is shorter than {@code other} as written, comparing like with like: days with days
     * (working or calendar), hours on the clock with hours on the clock, and a day with 24 hours. Working
     * hours are compared only with working hours; any other pair is not comparable and is never shorter.
     * Used to refuse an extended limit shorter than the normal one (003 §5(四): 3, at most 7 working days).
     */
    default boolean shorterThan(Limit other) {
        if ((this instanceof WorkingTime) != (other instanceof WorkingTime)) {
            return false;
        }
        return nominal(this).compareTo(nominal(other)) < 0;
    }

    /** Hours on the clock, whatever the day (000 part 1 §10: a plan within 12 or 24 hours). */
    static Limit elapsed(Duration amount) {
        return new Elapsed(amount);
    }

    /**
     * Hours on the clock, a due time outside working hours moved to the next working moment: how the
     * engine promises times to customers (nobody is promised a call at 19:00 on a Saturday).
     */
    static Limit elapsedInWorkingTime(Duration amount) {
        return new ElapsedInWorkingTime(amount);
    }

    /** Working hours: only time within working hours on working days counts. */
    static Limit workingTime(Duration amount) {
        return new WorkingTime(amount);
    }

    /** Close of business on the N-th working day after the day of the start (003 §5(四): 3 working days). */
    static Limit workingDays(int days) {
        return new WorkingDays(days);
    }

    /** The same local time N calendar days later (000 part 1 §10.5: follow-up one week after). */
    static Limit calendarDays(int days) {
        return new CalendarDays(days);
    }

    /** Hours on the clock. */
    record Elapsed(Duration amount) implements Limit {
        public Elapsed {
            requirePositive(amount);
        }

        @Override
        public Instant due(BusinessCalendar calendar, Instant start) {
            return calendar.plusElapsed(start, amount);
        }

        @Override
        public Instant warning(BusinessCalendar calendar, Instant start, Instant due, double fraction) {
            return onTheClock(start, due, fraction);
        }

        @Override
        public String toString() {
            return amount.toString();
        }
    }

    /** Hours on the clock, due at the next working moment when that falls outside working time. */
    record ElapsedInWorkingTime(Duration amount) implements Limit {
        public ElapsedInWorkingTime {
            requirePositive(amount);
        }

        @Override
        public Instant due(BusinessCalendar calendar, Instant start) {
            return calendar.nextWorkingMoment(calendar.plusElapsed(start, amount));
        }

        @Override
        public @Nullable Instant warning(BusinessCalendar calendar, Instant start, Instant due, double fraction) {
            return inWorkingTime(calendar, start, due, fraction);
        }

        @Override
        public String toString() {
            return amount + " (due in working time)";
        }
    }

    /** Working hours. */
    record WorkingTime(Duration amount) implements Limit {
        public WorkingTime {
            requirePositive(amount);
        }

        @Override
        public Instant due(BusinessCalendar calendar, Instant start) {
            return calendar.plusWorkingTime(start, amount);
        }

        @Override
        public @Nullable Instant warning(BusinessCalendar calendar, Instant start, Instant due, double fraction) {
            return inWorkingTime(calendar, start, due, fraction);
        }

        @Override
        public String toString() {
            return amount + " working";
        }
    }

    /** Working days, to close of business. */
    record WorkingDays(int days) implements Limit {
        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException("a limit in working days needs at least 1 day, was " + days);
            }
        }

        @Override
        public Instant due(BusinessCalendar calendar, Instant start) {
            return calendar.plusWorkingDays(start, days);
        }

        @Override
        public @Nullable Instant warning(BusinessCalendar calendar, Instant start, Instant due, double fraction) {
            return inWorkingTime(calendar, start, due, fraction);
        }

        @Override
        public String toString() {
            return days + " working days";
        }
    }

    /** Calendar days, at the same local time. */
    record CalendarDays(int days) implements Limit {
        public CalendarDays {
            if (days < 1) {
                throw new IllegalArgumentException("a limit in calendar days needs at least 1 day, was " + days);
            }
        }

        @Override
        public Instant due(BusinessCalendar calendar, Instant start) {
            return calendar.plusCalendarDays(start, days);
        }

        @Override
        public Instant warning(BusinessCalendar calendar, Instant start, Instant due, double fraction) {
            return onTheClock(start, due, fraction);
        }

        @Override
        public String toString() {
            return days + " days";
        }
    }

    /** The length as written, a day (working or not) counted as 24 hours. */
    private static Duration nominal(Limit limit) {
        if (limit instanceof Elapsed e) {
            return e.amount();
        }
        if (limit instanceof ElapsedInWorkingTime e) {
            return e.amount();
        }
        if (limit instanceof WorkingTime w) {
            return w.amount();
        }
        if (limit instanceof WorkingDays w) {
            return Duration.ofDays(w.days());
        }
        return Duration.ofDays(((CalendarDays) limit).days());
    }

    private static Instant onTheClock(Instant start, Instant due, double fraction) {
        long nanos = Math.round(Duration.between(start, due).toNanos() * fraction);
        return start.plusNanos(nanos);
    }

    private static @Nullable Instant inWorkingTime(BusinessCalendar calendar, Instant start, Instant due, double fraction) {
        if (calendar.workingTimeBetween(start, due).isZero()) {
            return null;
        }
        return calendar.workingFraction(start, due, fraction);
    }

    private static void requirePositive(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive, was " + amount);
        }
    }
}
