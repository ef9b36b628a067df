package io.anxin.core.engine;

import io.anxin.core.ticket.Ticket;
import reactor.core.publisher.Mono;

/**
 * What follows the registration of a ticket from a customer's message, before the turn commits: grading it
 * against the same complaint from others, telling in confidence those a flag calls for. Each step is idempotent,
 * since a retried message runs it again.
 */
@FunctionalInterface
public interface AfterRegistration {

    /** @return the ticket as it stands afterwards (e.g. regraded) */
    Mono<Ticket> registered(Ticket ticket);

    /** Nothing follows. */
    AfterRegistration NOTHING = Mono::just;

    /** This step, then {@code next} on the ticket as this step left it. */
    default AfterRegistration then(AfterRegistration next) {
        return ticket -> registered(ticket).flatMap(next::registered);
    }
}
