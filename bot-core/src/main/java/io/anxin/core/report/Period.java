package io.anxin.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both included, in the organisation's time zone.
 *
 * @param first the first day
 * @param last  the last day, not before the first
 */
public record Period(LocalDate first, LocalDate last) {

    /** Longer than any report anyone asks for; a bound so one request cannot read years of facts. */
    public static final int MAX_DAYS = 366;

    public Period {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends on or after its first day: " + first + " to " + last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new IllegalArgumentException("a report covers at most " + MAX_DAYS + " days, " + first + " to " + last
                    + " is longer");
        }
    }

    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The moment after the last day ends. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The period of the same length just before this one, for trends. */
    public Period previous() {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return new Period(first.minusDays(days), first.minusDays(1));
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
