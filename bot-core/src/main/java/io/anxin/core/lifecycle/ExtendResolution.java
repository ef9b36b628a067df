package io.anxin.core.lifecycle;

import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.sla.TimerStore;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import java.time.Clock;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Extends a complaint's resolution from 3 to at most 7 working days, counted from acceptance
 * (003 §5(四): special cases), once and for a stated reason; the resolve timers move with it.
 */
public final class ExtendResolution {

    private final TicketStore tickets;
    private final TimerStore timers;
    private final MilestoneSchedule milestones;
    private final Clock clock;

    public ExtendResolution(TicketStore tickets, TimerStore timers, MilestoneSchedule milestones, Clock clock) {
        this.tickets = tickets;
        this.timers = timers;
        this.milestones = milestones;
        this.clock = clock;
    }

    /**
     * @return the extended ticket; an error {@link IllegalStateException} if it is no open complaint
     *     or was extended before, {@link UnknownTicketException} if there is no such ticket
     */
    public Mono<Ticket> extend(TicketNumber number, String reason, String by) {
        Instant now = clock.instant();
        return tickets.find(number)
                .switchIfEmpty(Mono.error(() -> new UnknownTicketException(number)))
                .flatMap(ticket -> {
                    Ticket extended = ticket.extended(reason);
                    return tickets.amend(extended, new TicketEvent("extended: " + extended.extensionReason(), by, now))
                            .then(Flux.fromIterable(milestones.resolveExtended(ticket.createdAt()).timers(number))
                                    .concatMap(timers::reschedule)
                                    .then())
                            .thenReturn(extended);
                });
    }
}
