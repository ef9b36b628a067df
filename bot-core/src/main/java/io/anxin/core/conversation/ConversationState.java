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
    AWAITING_INTENT,
    /** A complaint is registered and the bot asked for one more detail of it, which the customer may skip. */
    COLLECTING_DETAILS,
    /** The bot answered a question from the knowledge base and asked whether that solved it. */
    AWAITING_CONFIRMATION,
    /** Handed to a human: the bot only tells the customer they are waiting for one. An agent hands it back. */
    WITH_HUMAN;

    private Set<ConversationState> next() {
        return switch (this) {
            case LISTENING, AWAITING_INTENT, COLLECTING_DETAILS, AWAITING_CONFIRMATION ->
                    EnumSet.of(LISTENING, AWAITING_INTENT, COLLECTING_DETAILS, AWAITING_CONFIRMATION, WITH_HUMAN);
            case WITH_HUMAN -> EnumSet.of(WITH_HUMAN, LISTENING);
        };
    }

    public ConversationState moveTo(ConversationState target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("a conversation cannot move from " + this + " to " + target);
        }
        return target;
    }
}
