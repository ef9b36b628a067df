package io.anxin.core.recurrence;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.triage.Category;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: the complaints of each category by the time they were accepted, with the customer's words, for finding the
 * same complaint again without reading every ticket of the month.
 */
public interface ComplaintIndex {

    /**
     * A complaint as the index keeps it. The conversation and the words are missing for complaints indexed before
     * the index kept them: read the ticket for those.
     */
    record Indexed(TicketNumber number, @Nullable ConversationId conversation, @Nullable String words) {}

    /** Adds a complaint with the words it was registered with; adding it again changes nothing. */
    Mono<Void> add(Category category, Indexed complaint, Instant acceptedAt);

    /**
     * The complaints of that category accepted from {@code from} up to and including {@code to} and not settled (see
     * {@link #settled}), oldest first: those a repeat may still have to raise.
     */
    Flux<Indexed> openBetween(Category category, Instant from, Instant to);

    /** Whether any complaint of that category accepted in that time is not among the open ones. */
    Mono<Boolean> anySettledBetween(Category category, Instant from, Instant to);

    /**
     * All the complaints of that category accepted from {@code from} up to and including {@code to}, settled or not,
     * newest first, read a page at a time as they are consumed: cancelled after the first few, it has read only those.
     */
    Flux<Indexed> newestFirst(Category category, Instant from, Instant to);

    /**
     * Of these complaints, those marked settled: already raised to grade 2 or higher, or closed. Neither changes
     * back, so a repeat that has grown to hundreds of customers is not read again each time one more complains.
     */
    Mono<Set<TicketNumber>> settled(Category category, Collection<TicketNumber> numbers);

    /** Marks these complaints settled (see {@link #settled}): from now on they are not among the open ones. */
    Mono<Void> settle(Category category, Collection<TicketNumber> numbers);
}
