package io.anxin.core.ticket;

/** A status change the procedure does not allow; never applied silently. */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(TicketStatus from, TicketStatus to) {
        super("a ticket cannot move from " + from + " to " + to);
    }
}
