package io.anxin.core.conversation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the bot is waiting for in a conversation. Only the transitions listed on each state are
 * legal; {@link #moveTo} rejects the rest.
 */
public enum ConversationState {
    /** Listening: the next message is triaged on its own. */
    LISTENING,
    /** The bot asked which of complaint, suggestion or inquiry the customer meant. */
    AWAITING_INTENT;

    private Set<ConversationState> next() {
        return switch (this) {
            case LISTENING -> EnumSet.of(LISTENING, AWAITING_INTENT);
            case AWAITING_INTENT -> EnumSet.of(LISTENING, AWAITING_INTENT);
        };
    }

    public ConversationState moveTo(ConversationState target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("a conversation cannot move from " + this + " to " + target);
        }
        return target;
    }
}
