package io.anxin.core.report;

import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: the anonymised facts of every ticket, kept up to date as tickets are registered and changed, and read
 * by creation time so a report over a period reads that period alone.
 */
public interface ReportFacts {

    /** Brings the facts of {@code ticket} (as stored now) up to date after a change described by {@code events}. */
    Mono<Void> record(Ticket ticket, List<TicketEvent> events);

    /** The facts of the tickets accepted in [{@code from}, {@code to}). */
    Flux<TicketFacts> acceptedBetween(Instant from, Instant to);
}
