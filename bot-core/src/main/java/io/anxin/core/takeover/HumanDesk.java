package io.anxin.core.takeover;

import io.anxin.core.conversation.ConversationId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: the conversations waiting for a person and who owns each one taken, shared by all instances. Taking is
 * atomic: of two agents taking one conversation at once, exactly one wins and the other is told who did.
 */
public interface HumanDesk {

    /** Queues the conversation unless it is queued or owned already. */
    Mono<Void> enqueue(Waiting waiting);

    /** The queue, most severe first, then longest waiting. */
    Flux<Waiting> waiting(int max);

    /** Takes a queued conversation for {@code agent}. */
    Mono<Takeover> take(ConversationId conversation, String agent);

    /** The agent who owns the conversation, or empty. */
    Mono<String> owner(ConversationId conversation);

    /** Whether the conversation is with a person: queued or owned. */
    Mono<Boolean> withPerson(ConversationId conversation);

    /**
     * Hands the conversation from its owner to {@code to} (another agent) or, with {@code to} null, back to the
     * bot. @return false if {@code from} does not own it
     */
    Mono<Boolean> handOn(ConversationId conversation, String from, @Nullable String to);
}
