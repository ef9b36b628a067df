package io.anxin.core.ticket;

import io.anxin.core.triage.Intent;
import java.time.YearMonth;
import reactor.core.publisher.Mono;

/** Port: where tickets are kept. */
public interface TicketStore {

    /** Draws the next number of the month's series for that type; numbers are never reused. */
    Mono<TicketNumber> nextNumber(Intent type, YearMonth month);

    /**
     * Registers a new ticket with its creation audit event. Registering the same number again
     * changes nothing, so a retried message cannot register a ticket twice.
     */
    Mono<Void> register(Ticket ticket);

    /**
     * Stores a changed ticket with the audit event that says what changed, who changed it and when,
     * in one step.
     */
    Mono<Void> amend(Ticket changed, TicketEvent event);

    /** The ticket with that number, or empty. */
    Mono<Ticket> find(TicketNumber number);
}
