package io.anxin.core.engine;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Reply;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the customer gets back for one message: the bot's replies and, when one was registered,
 * the receipt of the ticket. A retried message gets the very same answer again.
 */
public record Answer(ConversationId conversationId, List<Reply> replies, @Nullable TicketReceipt ticket) {

    public Answer {
        replies = List.copyOf(replies);
    }
}
