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
     * Stores the change from {@code before} (the ticket as the caller read it) to {@code after}, with the audit
     * event that says what changed, who changed it and when, in one step.
     */
    default Mono<Void> amend(Ticket before, Ticket after, TicketEvent event) {
        return amend(before, after, List.of(event));
    }

    /**
     * Stores the change from {@code before} to {@code after} with one audit event per change (several form
     * fields filled at once), in one step: all or nothing. Only the fields that differ are written, and each only
     * if it still holds what {@code before} says: two people changing different fields at once both keep their
     * change, and a change to a field someone else changed meanwhile is refused with
     * {@link ConcurrentTicketChangeException} instead of silently undoing theirs. The same ticket for both
     * records only the events.
     */
    Mono<Void> amend(Ticket before, Ticket after, List<TicketEvent> events);

    /** The ticket with that number, or empty. */
    Mono<Ticket> find(TicketNumber number);

    /** The ticket's audit trail, oldest first; empty for an unknown ticket. */
    Flux<TicketEvent> events(TicketNumber number);
}
