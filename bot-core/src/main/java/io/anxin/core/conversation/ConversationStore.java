package io.anxin.core.conversation;

import io.anxin.core.message.Channel;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Port: where conversations and their transcripts are kept. */
public interface ConversationStore {

    /**
     * The id of the customer's conversation on that channel, allocated on first contact. Two
     * concurrent first messages of one customer get the same id.
     */
    Mono<ConversationId> idFor(Channel channel, String customerId);

    /** The conversation, or empty if it has had no message yet. */
    Mono<Conversation> find(ConversationId id);

    /** The transcript, oldest line first. */
    Flux<TranscriptEntry> transcript(ConversationId id);
}
