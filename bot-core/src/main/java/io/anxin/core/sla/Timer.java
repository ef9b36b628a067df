package io.anxin.core.sla;

import io.anxin.core.ticket.TicketNumber;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One moment at which something must happen to a ticket: the warning before a milestone is due, or the
 * milestone falling due.
 *
 * <p>The id is {@code <ticket>:<milestone>:<kind>}, e.g. {@code C-202611-0001:resolve:due}: one timer per
 * ticket, milestone and kind, so scheduling it again (a retried registration) finds it already there, and
 * the engine can cancel or move it (an extension) knowing only the ticket and the milestone.
 *
 * @param id       {@link #idOf}{@code (ticket, milestone, kind)}
 * @param ticket   the ticket it is about
 * @param milestone the milestone it measures
 * @param kind     warning or due
 * @param fireAt   when it fires
 * @param dueAt    when the milestone is due (equal to {@code fireAt} for {@link Kind#DUE})
 */
public record Timer(String id, TicketNumber ticket, Milestone milestone, Kind kind, Instant fireAt, Instant dueAt) {

    /** What a timer's firing means. */
    public enum Kind {
        /** The milestone is close to due: tell whoever must act. */
        WARN,
        /** The milestone is due and was not reached: a breach. */
        DUE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Timer {
        Objects.requireNonNull(fireAt, "fireAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (!id.equals(idOf(ticket, milestone, kind))) {
            throw new IllegalArgumentException("timer id '" + id + "' does not match " + idOf(ticket, milestone, kind));
        }
        if (kind == Kind.DUE && !fireAt.equals(dueAt)) {
            throw new IllegalArgumentException("a due timer fires when the milestone is due: " + id);
        }
        if (fireAt.isAfter(dueAt)) {
            throw new IllegalArgumentException("a warning cannot fire after the milestone is due: " + id);
        }
    }

    /** A timer with its id derived from ticket, milestone and kind. */
    public static Timer of(TicketNumber ticket, Milestone milestone, Kind kind, Instant fireAt, Instant dueAt) {
        return new Timer(idOf(ticket, milestone, kind), ticket, milestone, kind, fireAt, dueAt);
    }

    public static String idOf(TicketNumber ticket, Milestone milestone, Kind kind) {
        return ticket + ":" + milestone.label() + ":" + kind.label();
    }

    /** What an escalation caused by this timer gives as its reason: {@code warning:resolve} or {@code breach:resolve}. */
    public String reason() {
        return (kind == Kind.WARN ? "warning:" : "breach:") + milestone.label();
    }
}
