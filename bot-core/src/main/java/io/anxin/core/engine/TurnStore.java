package io.anxin.core.engine;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.ticket.TicketNumber;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Port: the inbound ledger and the atomic commit of a turn. Messages of one conversation are
 * handled one at a time under a lease; a message already answered is recognised by its key.
 */
public interface TurnStore {

    /** A lease on the conversation if nobody holds one, else empty. */
    Mono<Lease> tryLease(ConversationId id, Duration ttl);

    /**
     * In one step: the answer already given to that message; else a lease on its conversation if nobody holds one,
     * with the conversation as it stands; else empty (another message of the conversation is being handled).
     */
    Mono<TurnClaim> claim(InboundKey key, Duration ttl);

    /** Gives the lease up; a lease that has expired and been taken by another is left alone. */
    Mono<Void> release(Lease lease);

    /** The answer already given to that message, or empty. */
    Mono<Answer> answered(InboundKey key);

    /** Remembers the number drawn for that message, so a retry registers the same ticket ({@link TurnClaim.Leased}). */
    Mono<Void> reserveTicket(InboundKey key, TicketNumber number);

    /**
     * Stores the conversation, its new transcript lines and the answer in one atomic step, if the
     * lease is still held, and gives the lease up in the same step: the turn is over.
     *
     * @throws LeaseLostException (as the Mono's error) if the lease expired and another instance took it
     */
    Mono<Void> commit(Lease lease, Turn turn);

    /**
     * As {@link #commit}, but the lease stays held, for a turn with work left that must not overlap the next
     * message's; the caller then {@linkplain #release releases} it.
     */
    Mono<Void> commitHolding(Lease lease, Turn turn);
}
