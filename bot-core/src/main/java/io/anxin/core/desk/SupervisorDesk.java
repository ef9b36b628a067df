package io.anxin.core.desk;

import io.anxin.core.followup.CallbackTask;
import io.anxin.core.followup.CallbackTasks;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.lifecycle.NotifyDepartment;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The supervisor's view of what needs a person: the call-backs to dissatisfied customers (001: within 7 days),
 * and the outbound messages that could not be delivered. Supervisors (and compliance, for the confidential
 * tickets it owns) see them; agents and departments do not.
 */
public final class SupervisorDesk {

    private final CallbackTasks callbacks;
    private final FollowUp followUp;
    private final Outbox outbox;
    private final TicketStore tickets;

    public SupervisorDesk(CallbackTasks callbacks, FollowUp followUp, Outbox outbox, TicketStore tickets) {
        this.callbacks = callbacks;
        this.followUp = followUp;
        this.outbox = outbox;
        this.tickets = tickets;
    }

    /**
     * Open call-backs, the earliest due first. A whistle-blower's is compliance's alone (003 §7(二)): its ticket
     * number and conversation would lead a supervisor to the sender.
     */
    public Flux<CallbackTask> callbacks(Staff who, int max) {
        return require(who).thenMany(callbacks.open(max))
                .filterWhen(task -> who.has(StaffRole.COMPLIANCE) ? Mono.just(true)
                        : tickets.find(task.ticket()).map(ticket -> !ticket.confidential()).defaultIfEmpty(true));
    }

    /**
     * Records that the supervisor called the customer back, and archives the ticket.
     *
     * @return false if the ticket had no open call-back
     */
    public Mono<Boolean> calledBack(Staff who, TicketNumber ticket, String outcome) {
        if (outcome.isBlank()) {
            return Mono.error(new IllegalArgumentException("say what came of the call-back in 'outcome'"));
        }
        // A whistle-blower's call-back is not there for anyone but compliance: the same "no open call-back".
        return require(who).then(tickets.find(ticket).map(t -> !t.confidential() || who.has(StaffRole.COMPLIANCE))
                .defaultIfEmpty(true))
                .flatMap(may -> may ? followUp.calledBack(ticket, who.id(), outcome) : Mono.just(false));
    }

    /** Undelivered messages; a notice in confidence (a whistle-blower's complaint form) is listed to compliance alone. */
    public Flux<Outbox.DeadLetter> deadLetters(Staff who, int max) {
        return require(who).thenMany(outbox.deadLetters(max))
                .filter(dead -> who.has(StaffRole.COMPLIANCE)
                        || !NotifyDepartment.CONFIDENTIAL.equals(dead.message().purpose()));
    }

    private static Mono<Void> require(Staff who) {
        return who.has(StaffRole.SUPERVISOR) || who.has(StaffRole.COMPLIANCE) ? Mono.empty()
                : Mono.error(new NotPermittedException("call-backs and undelivered messages are for supervisors"));
    }
}
