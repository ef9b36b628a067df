package io.anxin.core.ticket;

import io.anxin.core.triage.Intent;
import java.time.YearMonth;
import java.util.List;
import reactor.core.publisher.Flux;
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
    default Mono<Void> amend(Ticket changed, TicketEvent event) {
        return amend(changed, List.of(event));
    }

    /**
     * Stores a changed ticket with one audit event per change (several form fields filled at once),
     * in one step: all or nothing.
     */
    Mono<Void> amend(Ticket changed, List<TicketEvent> events);

    /** The ticket with that number, or empty. */
    Mono<Ticket> find(TicketNumber number);

    /** The ticket's audit trail, oldest first; empty for an unknown ticket. */
    Flux<TicketEvent> events(TicketNumber number);
}
