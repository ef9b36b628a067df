package io.anxin.core.desk;

import io.anxin.core.followup.CallbackTask;
import io.anxin.core.followup.CallbackTasks;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.ticket.TicketNumber;
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

    public SupervisorDesk(CallbackTasks callbacks, FollowUp followUp, Outbox outbox) {
        this.callbacks = callbacks;
        this.followUp = followUp;
        this.outbox = outbox;
    }

    /** Open call-backs, the earliest due first. */
    public Flux<CallbackTask> callbacks(Staff who, int max) {
        return require(who).thenMany(callbacks.open(max));
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
        return require(who).then(followUp.calledBack(ticket, who.id(), outcome));
    }

    /** Messages given up on, newest first. */
    public Flux<Outbox.DeadLetter> deadLetters(Staff who, int max) {
        return require(who).thenMany(outbox.deadLetters(max));
    }

    private static Mono<Void> require(Staff who) {
        return who.has(StaffRole.SUPERVISOR) || who.has(StaffRole.COMPLIANCE) ? Mono.empty()
                : Mono.error(new NotPermittedException("call-backs and undelivered messages are for supervisors"));
    }
}
