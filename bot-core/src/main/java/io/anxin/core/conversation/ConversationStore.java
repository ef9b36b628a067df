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

    /**
     * The bot stops waiting for the answer to its question (the customer left the channel, e.g. unfollowed the
     * official account): the conversation listens again. One with a person stays with them; tickets are untouched.
     *
     * @return whether a question was dropped
     */
    Mono<Boolean> stopAsking(ConversationId id);

    /** The transcript, oldest line first. */
    Flux<TranscriptEntry> transcript(ConversationId id);
}
