package io.anxin.core.recurrence;

import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.triage.Category;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Port: the complaints of each category by the time they were accepted, for finding the same complaint again. */
public interface ComplaintIndex {

    /** Adds a complaint; adding it again changes nothing. */
    Mono<Void> add(Category category, TicketNumber number, Instant acceptedAt);

    /** The complaints of that category accepted from {@code from} up to and including {@code to}, oldest first. */
    Flux<TicketNumber> acceptedBetween(Category category, Instant from, Instant to);
}
