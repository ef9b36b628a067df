package io.anxin.core.followup;

import io.anxin.core.ticket.TicketNumber;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Port: the supervisors' call-back tasks. */
public interface CallbackTasks {

    /** Opens the task unless the ticket has one already. @return whether it was opened now */
    Mono<Boolean> open(CallbackTask task);

    /** Open tasks, the earliest due first. */
    Flux<CallbackTask> open(int max);

    /** Whether the ticket has a call-back task not done yet. */
    Mono<Boolean> isOpen(TicketNumber ticket);

    /** Marks the ticket's task done. @return false if it had no open task */
    Mono<Boolean> done(TicketNumber ticket, String by, Instant at);
}
