package io.anxin.core.engine;

import io.anxin.core.conversation.ConversationId;
import java.time.Duration;

/** Another message of the same conversation held it for longer than a caller should wait; retry later. */
public class ConversationBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ConversationBusyException(ConversationId id, Duration retryAfter) {
        this("conversation " + id + " is busy with another message; retry in " + retryAfter.toSeconds() + " s",
                retryAfter);
    }

    protected ConversationBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
