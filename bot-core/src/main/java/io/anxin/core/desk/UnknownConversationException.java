package io.anxin.core.desk;

import io.anxin.core.conversation.ConversationId;

/** There is no conversation with that id, or none in the state asked for. */
public class UnknownConversationException extends RuntimeException {

    public UnknownConversationException(ConversationId id) {
        super("no conversation " + id.value());
    }

    public UnknownConversationException(ConversationId id, String why) {
        super("conversation " + id.value() + ": " + why);
    }
}
