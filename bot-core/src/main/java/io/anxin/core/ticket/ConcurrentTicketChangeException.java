package io.anxin.core.ticket;

/**
 * A change was refused because someone else changed one of the same fields of the ticket since it was read:
 * storing it would silently undo their change. Read the ticket again and decide again.
 */
public class ConcurrentTicketChangeException extends RuntimeException {

    private final TicketNumber number;

    public ConcurrentTicketChangeException(TicketNumber number, String field) {
        super("ticket " + number + " was changed by someone else meanwhile (" + field + "); reload it and try again");
        this.number = number;
    }

    public TicketNumber number() {
        return number;
    }
}
