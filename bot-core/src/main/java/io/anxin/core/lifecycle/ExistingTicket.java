package io.anxin.core.lifecycle;

import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import reactor.core.publisher.Mono;

/** The ticket a lifecycle step acts on, or {@link UnknownTicketException}. */
final class ExistingTicket {

    private ExistingTicket() {}

    static Mono<Ticket> find(TicketStore tickets, TicketNumber number) {
        return tickets.find(number).switchIfEmpty(Mono.error(() -> new UnknownTicketException(number)));
    }
}
