package io.anxin.core.lifecycle;

import io.anxin.core.ticket.TicketNumber;

/** There is no ticket with that number. */
public class UnknownTicketException extends IllegalArgumentException {

    public UnknownTicketException(TicketNumber number) {
        super("no ticket " + number);
    }
}
