package io.anxin.core.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a report is e-mailed and to whom, as the policy pack says: weekly to operations (003 §2(五)), monthly to
 * compliance (000 part 5 §11-12; 000 part 1 §5: monthly totals and closure rates).
 *
 * @param kind       weekly (Monday to Sunday) or monthly (a calendar month)
 * @param recipients e-mail addresses, at least one
 * @param weekday    a weekly report: the day it is sent for the week before
 * @param dayOfMonth a monthly report: the day of the month (1-28) it is sent for the month before
 * @param at         the time of day it is sent
 */
public record ReportSchedule(Kind kind, List<String> recipients, DayOfWeek weekday, int dayOfMonth, LocalTime at) {

    public enum Kind {
        WEEKLY, MONTHLY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ReportSchedule {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.label() + " report needs at least one recipient");
        }
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException("a monthly report is sent on day 1 to 28 of the month, was " + dayOfMonth);
        }
    }

    /**
     * The last period that is over by {@code now}, if its sending time has come: the week or month before, once
     * the schedule's day and time in {@code zone} have passed. An instance down at that time sends it when it is
     * back (the claim keeps it to once).
     */
    public Optional<Period> due(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Period period = switch (kind) {
            case WEEKLY -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new Period(monday, monday.plusDays(6));
            }
            case MONTHLY -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
        };
        LocalDate after = period.last().plusDays(1);
        LocalDate sendDay = kind == Kind.WEEKLY ? after.with(TemporalAdjusters.nextOrSame(weekday))
                : after.withDayOfMonth(dayOfMonth);
        Instant sendAt = sendDay.atTime(at).atZone(zone).toInstant();
        return now.isBefore(sendAt) ? Optional.empty() : Optional.of(period);
    }
}
