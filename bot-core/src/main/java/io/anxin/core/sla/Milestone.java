package io.anxin.core.sla;

import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Intent;
import java.util.Locale;

/**
 * A point in a ticket's procedure that has a time limit: it warns before it is due and is breached when
 * the ticket has not reached it by then. Each constant cites the seed article that sets its limit
 * ({@code shared/seeds/README.md}, "Procedure and time limits" and "Severity grades").
 */
public enum Milestone {

    /**
     * 转发: a complaint that another department must check or act on is forwarded to it within 1 hour of
     * acceptance, with the complaint form (003 §6(二); 000 part 5 §17). Met once the ticket has left
     * {@link TicketStatus#ACCEPTED}.
     */
    FORWARD(Intent.COMPLAINT),

    /**
     * 处理, first contact: the responsible department contacts the customer within 24 hours of receiving
     * the complaint (003 §6(三)). Measured from acceptance, which is also the promise the customer was
     * given ({@code Ticket.dueBy}). Met once the ticket is {@link TicketStatus#IN_PROGRESS} or beyond.
     */
    FIRST_CONTACT(Intent.COMPLAINT),

    /**
     * 处理, resolution: a complaint is finished within 3 working days, in special cases at most 7 working
     * days (003 §5(四), §6(三)); the extension is granted once, with a reason. Met once the ticket is
     * {@link TicketStatus#RESOLVED} or beyond.
     */
    RESOLVE(Intent.COMPLAINT),

    /**
     * An inquiry that could not be answered at once is answered within 24 hours (003 §4). Met once the
     * ticket is {@link TicketStatus#RESOLVED} (answered) or beyond.
     */
    INQUIRY_ANSWER(Intent.INQUIRY),

    /**
     * The customer who made a suggestion is told by the promised date whether it was adopted (003 §4: the
     * customer is promised a reply deadline; the pack sets it). Met once the ticket is
     * {@link TicketStatus#RESOLVED} (the leader decided and the customer was told) or beyond.
     */
    SUGGESTION_REPLY(Intent.SUGGESTION),

    /**
     * 处理方案: a handling plan within 24 hours of the complaint for grades 1-2 (for head-office approval),
     * within 12 hours for grades 3-4 (000 part 1 §10.3). Counted on the clock: a crisis does not wait for
     * the holiday to end. No ticket status records the plan, so the handler is told of it regardless of
     * status while the ticket is open.
     */
    PLAN(Intent.COMPLAINT),

    /**
     * 回访: the customer is called back one week after the plan was carried out, to confirm the outcome
     * and their satisfaction (000 part 1 §10.5; 003 §6(五)). Counted from resolution, not acceptance. Met
     * once the ticket is {@link TicketStatus#FOLLOWED_UP} or {@link TicketStatus#ARCHIVED}.
     */
    FOLLOW_UP(Intent.COMPLAINT);

    private final Intent type;

    Milestone(Intent type) {
        this.type = type;
    }

    /** The ticket type this milestone belongs to. */
    public Intent type() {
        return type;
    }

    /** Lower-case name as it appears in timer ids and escalation reasons, e.g. {@code first_contact}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Milestone fromLabel(String label) {
        for (Milestone milestone : values()) {
            if (milestone.label().equals(label)) {
                return milestone;
            }
        }
        throw new IllegalArgumentException("unknown milestone '" + label + "'");
    }

    /**
     * Whether a ticket in {@code status} has already reached this milestone (or left the procedure at
     * intake), so that a timer still pending for it is stale and must neither warn nor breach.
     */
    public boolean isMetBy(TicketStatus status) {
        if (status == TicketStatus.CLOSED_AT_INTAKE || status == TicketStatus.ARCHIVED) {
            return true;
        }
        return switch (this) {
            case FORWARD -> status != TicketStatus.ACCEPTED;
            case FIRST_CONTACT -> status != TicketStatus.ACCEPTED && status != TicketStatus.FORWARDED;
            case RESOLVE, INQUIRY_ANSWER, SUGGESTION_REPLY, PLAN -> !status.isOpen();
            case FOLLOW_UP -> status == TicketStatus.FOLLOWED_UP;
        };
    }
}
