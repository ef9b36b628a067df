package io.anxin.core.lifecycle;

import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Extends a complaint's resolution from 3 to at most 7 working days, counted from acceptance
 * (003 §5(四): special cases), once and for a stated reason; the resolve timers move with it.
 */
public final class ExtendResolution {

    private final TicketStore tickets;
    private final MilestoneTimers timers;
    private final Clock clock;

    public ExtendResolution(TicketStore tickets, MilestoneTimers timers, Clock clock) {
        this.tickets = tickets;
        this.timers = timers;
        this.clock = clock;
    }

    /**
     * @return the extended ticket; an error {@link IllegalStateException} if it is no open complaint
     *     or was extended before, {@link UnknownTicketException} if there is no such ticket
     */
    public Mono<Ticket> extend(TicketNumber number, String reason, String by) {
        return ExistingTicket.find(tickets, number).flatMap(ticket -> {
            Ticket extended = ticket.extended(reason);
            return tickets.amend(ticket, extended, new TicketEvent("extended: " + extended.extensionReason(), by, clock.instant()))
                    .then(timers.reschedule(timers.schedule().resolveExtended(ticket.createdAt()), number))
                    .thenReturn(extended);
        });
    }
}
