package io.anxin.core.lifecycle;

import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * A customer who rejects the outcome of a complaint complains again (000 part 5 §17(七)): a new complaint
 * form with the old one attached, for the department above the one that handled it, at no lower grade (at
 * least 3 on the third complaint, see {@link Renewal}), with its own time limits; the old ticket's audit
 * trail points to the new one.
 */
public final class ReComplain {

    /** The outcome exists to be rejected only once the ticket is resolved. */
    private static final Set<TicketStatus> HAS_OUTCOME = Set.of(TicketStatus.RESOLVED, TicketStatus.FOLLOWED_UP);

    private final TicketStore tickets;
    private final MilestoneTimers timers;
    private final Renewal renewal;
    private final ZoneId zone;
    private final Clock clock;

    public ReComplain(TicketStore tickets, MilestoneTimers timers, Renewal renewal, ZoneId zone, Clock clock) {
        this.tickets = tickets;
        this.timers = timers;
        this.renewal = renewal;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * @param words what the customer says about the outcome
     * @param by    who received the re-complaint
     * @return the new ticket; an error {@link IllegalStateException} if the old one is no resolved
     *     complaint, {@link UnknownTicketException} if there is no such ticket
     */
    public Mono<Ticket> reComplain(TicketNumber previous, String words, String by) {
        Instant now = clock.instant();
        return ExistingTicket.find(tickets, previous)
                .flatMap(old -> {
                    if (old.type() != Intent.COMPLAINT || !HAS_OUTCOME.contains(old.status())) {
                        return Mono.error(new IllegalStateException("ticket " + previous + " is " + old.status()
                                + ": a re-complaint rejects the outcome of a resolved complaint"));
                    }
                    return tickets.nextNumber(Intent.COMPLAINT, YearMonth.from(now.atZone(zone)))
                            .zipWith(renewal.grade(old, old.grade()))
                            .flatMap(drawn -> {
                        TicketNumber number = drawn.getT1();
                        Ticket renewed = new Ticket(number, TicketStatus.ACCEPTED, drawn.getT2(), old.conversationId(),
                                old.channel(), old.lang(), words, old.category(), old.flags(), renewal.form(old, by),
                                now, timers.schedule().promisedToCustomer(Intent.COMPLAINT, now), null, previous);
                        return tickets.register(renewed)
                                .then(tickets.amend(old, old, new TicketEvent("re-complained as " + number, by, now)))
                                .then(timers.scheduleAtAcceptance(renewed))
                                .thenReturn(renewed);
                    });
                });
    }
}
