package io.anxin.core.outbox;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A message that is not the answer to a customer's own message: to a customer on their own channel (a survey, an
 * agent's reply, the answer to a deferred inquiry) or to a department (a forwarded complaint form).
 *
 * @param id        what makes it unique, e.g. {@code survey:C-202611-0001}: posting the same id twice sends it once
 * @param purpose   why it is sent, e.g. {@code survey}, for the transcript and the reports
 * @param recipient who it is for, which decides the courier
 * @param replies   what the recipient reads; channels without buttons send the text alone
 */
public record OutboundMessage(String id, String purpose, Recipient recipient, List<Reply> replies, Instant at) {

    /** The purpose of an agent's reply: recorded in the transcript as the agent's line, not the bot's. */
    public static final String AGENT_REPLY = "agent_reply";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:@-]{1,200}");

    public OutboundMessage {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an outbound message id is 1 to 200 letters, digits and _.:@-, was '" + id + "'");
        }
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("an outbound message needs at least one reply: " + id);
        }
        replies = List.copyOf(replies);
    }

    /** A message to a customer in their conversation. */
    public static OutboundMessage toCustomer(String id, String purpose, ConversationId conversationId, Channel channel,
            String customerId, Lang lang, List<Reply> replies, Instant at) {
        return new OutboundMessage(id, purpose, new Recipient.Customer(conversationId, channel, customerId, lang),
                replies, at);
    }
}
