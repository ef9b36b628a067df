package io.anxin.core.desk;

import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import java.util.List;

/** A ticket with its audit trail, oldest event first. */
public record TicketRecord(Ticket ticket, List<TicketEvent> events) {

    public TicketRecord {
        events = List.copyOf(events);
    }
}
