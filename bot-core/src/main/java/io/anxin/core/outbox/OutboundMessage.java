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
 * @param documents what goes with it by e-mail (a scheduled report's HTML body and CSV); empty for everything else
 */
public record OutboundMessage(String id, String purpose, Recipient recipient, List<Reply> replies, Instant at,
        List<Document> documents) {

    /**
     * A text document sent with a message: an HTML document is the e-mail's body beside the replies' plain text,
     * any other is attached.
     *
     * @param name        the file name, e.g. {@code anxin-2026-06.csv}
     * @param contentType e.g. {@code text/csv} or {@code text/html}
     * @param content     the text, UTF-8 when sent
     */
    public record Document(String name, String contentType, String content) {

        /** The content type of the document that becomes an e-mail's HTML body. */
        public static final String HTML = "text/html";
    }

    /** A message with no documents: everything but the scheduled reports. */
    public OutboundMessage(String id, String purpose, Recipient recipient, List<Reply> replies, Instant at) {
        this(id, purpose, recipient, replies, at, List.of());
    }

    /** The purpose of an agent's reply: recorded in the transcript as the agent's line, not the bot's. */
    public static final String AGENT_REPLY = "agent_reply";

    /**
     * The purpose of the engine's own answer to a customer's message when a channel sends it through the outbox: e-mail
     * always (a failing mail server delays it, never loses it), WeChat when it is later than the 5 s WeChat waits. Its
     * lines are in the transcript already: delivery adds none.
     */
    public static final String ANSWER = "answer";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:@-]{1,200}");

    public OutboundMessage {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an outbound message id is 1 to 200 letters, digits and _.:@-, was '" + id + "'");
        }
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("an outbound message needs at least one reply: " + id);
        }
        replies = List.copyOf(replies);
        documents = List.copyOf(documents);
    }

    /** A message to a customer in their conversation. */
    public static OutboundMessage toCustomer(String id, String purpose, ConversationId conversationId, Channel channel,
            String customerId, Lang lang, List<Reply> replies, Instant at) {
        return new OutboundMessage(id, purpose, new Recipient.Customer(conversationId, channel, customerId, lang),
                replies, at);
    }
}
