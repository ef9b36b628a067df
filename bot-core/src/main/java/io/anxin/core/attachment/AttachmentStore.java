package io.anxin.core.attachment;

import io.anxin.core.conversation.ConversationId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: keeps attachments beside their conversation. Storing the same id twice keeps the first (a channel's retry
 * re-sends the same file), so a retried message never doubles an attachment.
 */
public interface AttachmentStore {

    /** The largest attachment kept, in bytes; larger ones are refused with {@link AttachmentTooLargeException}. */
    long maxSize();

    /** Stores the attachment and its bytes unless one with its id is there; emits the one that is kept. */
    Mono<Attachment> store(Attachment attachment, byte[] content);

    /** A conversation's attachments in the order they came. */
    Flux<Attachment> of(ConversationId conversationId);

    /** The bytes of one attachment, or empty when the conversation has none with that id. */
    Mono<byte[]> content(ConversationId conversationId, String id);
}
