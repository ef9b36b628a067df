package io.anxin.core.sla;

import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A ticket's milestone timers kept in step with its schedule: the one place that turns deadlines
 * into timers, for registration, lifecycle steps and extensions alike.
 */
public final class MilestoneTimers {

    private final MilestoneSchedule schedule;
    private final TimerStore timers;

    public MilestoneTimers(MilestoneSchedule schedule, TimerStore timers) {
        this.schedule = schedule;
        this.timers = timers;
    }

    public MilestoneSchedule schedule() {
        return schedule;
    }

    /** The timers a ticket has from acceptance; idempotent, so a retry repairs a crash in between. */
    public Mono<Void> scheduleAtAcceptance(Ticket ticket) {
        return timers.scheduleAll(schedule.atAcceptance(ticket).stream()
                .flatMap(deadline -> deadline.timers(ticket.number()).stream())
                .toList());
    }

    /** Adds the timers of one more deadline, e.g. the follow-up once resolved. */
    public Mono<Void> schedule(MilestoneDeadline deadline, TicketNumber ticket) {
        return apply(deadline, ticket, timers::schedule);
    }

    /** Moves the timers of a deadline that changed, e.g. an extended resolution. */
    public Mono<Void> reschedule(MilestoneDeadline deadline, TicketNumber ticket) {
        return apply(deadline, ticket, timers::reschedule);
    }

    /** Cancels the timers of every milestone the ticket's status now meets. */
    public Mono<Void> cancelMet(Ticket ticket, Instant now) {
        return Flux.fromArray(Milestone.values())
                .filter(milestone -> milestone.isMetBy(ticket.status()))
                .flatMapIterable(milestone -> List.of(
                        Timer.idOf(ticket.number(), milestone, Timer.Kind.WARN),
                        Timer.idOf(ticket.number(), milestone, Timer.Kind.DUE)))
                .concatMap(id -> timers.cancel(id, now))
                .then();
    }

    private static Mono<Void> apply(MilestoneDeadline deadline, TicketNumber ticket, Function<Timer, Mono<Boolean>> action) {
        return Flux.fromIterable(deadline.timers(ticket)).concatMap(action).then();
    }
}
