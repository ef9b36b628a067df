package io.anxin.core.lifecycle;

import io.anxin.core.sla.Milestone;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.sla.Timer;
import io.anxin.core.sla.TimerStore;
import io.anxin.core.ticket.IllegalTransitionException;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Moves a ticket one step through the procedure (003 §6): the step is guarded, recorded in the
 * audit trail with who and when, and the milestone timers follow — the timers of milestones the
 * step meets are cancelled, and resolving schedules the follow-up call (000 part 1 §10: one week).
 */
public final class MoveTicket {

    private final TicketStore tickets;
    private final TimerStore timers;
    private final MilestoneSchedule milestones;
    private final Clock clock;

    public MoveTicket(TicketStore tickets, TimerStore timers, MilestoneSchedule milestones, Clock clock) {
        this.tickets = tickets;
        this.timers = timers;
        this.milestones = milestones;
        this.clock = clock;
    }

    /**
     * @param by   who moves it: an agent's or a department's id
     * @param note why, as the audit trail should tell it; may be null
     * @return the moved ticket; an error {@link IllegalTransitionException} if the procedure does not
     *     allow the step, or {@link UnknownTicketException} if there is no such ticket
     */
    public Mono<Ticket> move(TicketNumber number, TicketStatus target, String by, @Nullable String note) {
        Instant now = clock.instant();
        return tickets.find(number)
                .switchIfEmpty(Mono.error(() -> new UnknownTicketException(number)))
                .flatMap(ticket -> {
                    Ticket moved = ticket.movedTo(target);
                    String what = "status:" + target.name() + (note == null || note.isBlank() ? "" : " " + note.strip());
                    return tickets.amend(moved, new TicketEvent(what, by, now))
                            .then(cancelMet(moved, now))
                            .then(target == TicketStatus.RESOLVED ? scheduleFollowUp(moved, now) : Mono.empty())
                            .thenReturn(moved);
                });
    }

    private Mono<Void> cancelMet(Ticket ticket, Instant now) {
        return Flux.fromArray(Milestone.values())
                .filter(milestone -> milestone.isMetBy(ticket.status()))
                .flatMapIterable(milestone -> List.of(
                        Timer.idOf(ticket.number(), milestone, Timer.Kind.WARN), Timer.idOf(ticket.number(), milestone, Timer.Kind.DUE)))
                .concatMap(id -> timers.cancel(id, now))
                .then();
    }

    private Mono<Void> scheduleFollowUp(Ticket ticket, Instant now) {
        return Flux.fromIterable(milestones.followUp(now).timers(ticket.number()))
                .concatMap(timers::schedule)
                .then();
    }
}
