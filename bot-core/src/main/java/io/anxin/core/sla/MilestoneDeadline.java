package io.anxin.core.sla;

import io.anxin.core.ticket.TicketNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When one milestone of one ticket is due and when it warns.
 *
 * @param milestone        which milestone
 * @param start            when its limit started to run (acceptance; resolution for the follow-up)
 * @param warnAt           when it warns, null when there is no time to warn in (no working time before due)
 * @param due              when it is due
 * @param unscheduledYears years between start and due whose official holiday schedule the calendar lacks: the
 *                         due time was counted with weekends only and may be wrong (empty when all is known)
 */
public record MilestoneDeadline(
        Milestone milestone, Instant start, @Nullable Instant warnAt, Instant due, SortedSet<Integer> unscheduledYears) {

    public MilestoneDeadline {
        unscheduledYears = Collections.unmodifiableSortedSet(new TreeSet<>(unscheduledYears));
        if (due.isBefore(start)) {
            throw new IllegalArgumentException(milestone + " due " + due + " before it starts " + start);
        }
        if (warnAt != null && (warnAt.isBefore(start) || !warnAt.isBefore(due))) {
            throw new IllegalArgumentException(milestone + " warns at " + warnAt + ", outside " + start + " .. " + due);
        }
    }

    /** Its timers for {@code ticket}: the warning (if any) and the due timer. */
    public List<Timer> timers(TicketNumber ticket) {
        List<Timer> timers = new ArrayList<>(2);
        if (warnAt != null) {
            timers.add(Timer.of(ticket, milestone, Timer.Kind.WARN, warnAt, due));
        }
        timers.add(Timer.of(ticket, milestone, Timer.Kind.DUE, due, due));
        return timers;
    }
}
