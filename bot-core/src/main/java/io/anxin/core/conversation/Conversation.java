package io.anxin.core.conversation;

import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.ticket.TicketNumber;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer's conversation on one channel: who, in which language, and what the bot is waiting
 * for. The transcript is kept beside it, not in it.
 *
 * @param pendingText the message the bot asked about, while {@code state} is AWAITING_INTENT (which intent)
 *                    or AWAITING_CONFIRMATION (whether the knowledge-base answer solved it)
 * @param askedFor    the complaint detail the bot asked for, while {@code state} is COLLECTING_DETAILS
 * @param lastTicket  the latest ticket opened from this conversation, if any
 * @param turns       how many customer messages it has had
 */
public record Conversation(
        ConversationId id,
        Channel channel,
        String customerId,
        Lang lang,
        ConversationState state,
        @Nullable String pendingText,
        @Nullable Detail askedFor,
        @Nullable TicketNumber lastTicket,
        int turns,
        Instant openedAt,
        Instant lastActiveAt) {

    public Conversation {
        boolean asking = state == ConversationState.AWAITING_INTENT || state == ConversationState.AWAITING_CONFIRMATION;
        if (asking != (pendingText != null)) {
            throw new IllegalArgumentException("a conversation keeps a pending message exactly while asking about it");
        }
        if ((state == ConversationState.COLLECTING_DETAILS) != (askedFor != null)) {
            throw new IllegalArgumentException("a conversation names the detail asked for exactly while collecting details");
        }
    }

    public static Conversation open(ConversationId id, Channel channel, String customerId, Lang lang, Instant now) {
        return new Conversation(id, channel, customerId, lang, ConversationState.LISTENING, null, null, null, 0, now, now);
    }

    /** This conversation after one more customer message and the bot's answer to it. */
    public Conversation afterTurn(Lang lang, ConversationState next, @Nullable String pending, @Nullable Detail asked,
            @Nullable TicketNumber ticket, Instant now) {
        return new Conversation(id, channel, customerId, lang, state.moveTo(next), pending, asked,
                ticket != null ? ticket : lastTicket, turns + 1, openedAt, now);
    }

    /** This conversation listening again: a person handed it back to the bot. */
    public Conversation listening() {
        return new Conversation(id, channel, customerId, lang, ConversationState.LISTENING, null, null, lastTicket, turns,
                openedAt, lastActiveAt);
    }
}
