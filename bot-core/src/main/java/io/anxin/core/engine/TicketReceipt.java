package io.anxin.core.engine;

import io.anxin.core.ticket.Ticket;
import java.time.Instant;

/** What a customer is told of a ticket opened for them: its number, type, status and promised time. */
public record TicketReceipt(String number, String type, String status, Instant dueBy) {

    public static TicketReceipt of(Ticket ticket) {
        return new TicketReceipt(ticket.number().toString(), ticket.type().label(), ticket.status().name().toLowerCase(),
                ticket.dueBy());
    }
}
