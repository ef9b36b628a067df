package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.engine.InboundKey;
import io.anxin.core.message.Channel;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.triage.Category;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Key names. One conversation's keys share the hash tag {@code {cv-…}} and one ticket's keys the
 * tag {@code {C-…}}, so the atomic scripts touch one Redis Cluster slot each. Customer references
 * are hashed, so phone numbers and e-mail addresses never appear in key names.
 */
final class Keys {

    static final String TICKETS_BY_CREATION = "anxin:tickets:created";

    /**
     * The desk's ticket index: sorted sets of ticket numbers by creation time, one per attribute
     * value, all under the tag {@code {tickets}} so that one script can intersect them in Cluster.
     */
    static final String TICKET_INDEX = "anxin:{tickets}";

    /** Ticket number → the index revision and the index sets it is in, so a change can leave the old ones. */
    static final String TICKETS_INDEXED = TICKET_INDEX + ":indexed";

    /** Where a query intersects its sets; written and deleted inside one script, never left behind. */
    static final String TICKET_QUERY_SCRATCH = TICKET_INDEX + ":scratch";

    /** Reads of confidential tickets: who, what, which ticket, when. */
    static final String ACCESS_AUDIT = "anxin:audit";

    private Keys() {}

    static String customer(Channel channel, String customerId) {
        return "anxin:customer:" + channel.id() + ":" + sha256(customerId);
    }

    /** A customer's message count in the current rate-limit window; one key, one slot. */
    static String customerRate(Channel channel, String customerId) {
        return "anxin:rate:{customer:" + channel.id() + ":" + sha256(customerId) + "}";
    }

    /** A network address's message count in the current rate-limit window; hashed like a customer reference. */
    static String addressRate(String address) {
        return "anxin:rate:{address:" + sha256(address) + "}";
    }

    static String conversation(ConversationId id) {
        return tag(id) + ":conversation";
    }

    static String transcript(ConversationId id) {
        return tag(id) + ":transcript";
    }

    /** The conversation's attachments: a hash of id → metadata, and one key per attachment's bytes. */
    static String attachments(ConversationId id) {
        return tag(id) + ":attachments";
    }

    static String attachmentContent(ConversationId id, String attachmentId) {
        return tag(id) + ":attachment:" + attachmentId;
    }

    static String lease(ConversationId id) {
        return tag(id) + ":lease";
    }

    static String inbound(InboundKey key) {
        return tag(key.conversationId()) + ":inbound:" + key.channel().id() + ":" + key.messageId();
    }

    static String ticket(TicketNumber number) {
        return "anxin:{" + number + "}:ticket";
    }

    static String ticketEvents(TicketNumber number) {
        return "anxin:{" + number + "}:events";
    }

    /** The index set of tickets with that value of an attribute, e.g. {@code anxin:{tickets}:status:ACCEPTED}. */
    static String ticketsWith(String attribute, String value) {
        return TICKET_INDEX + ":" + attribute + ":" + value;
    }

    static String complaintsOf(Category category) {
        return "anxin:complaints:" + category.label();
    }

    /** The indexed complaints raised to grade 2 or higher, or closed: the recurrence grading need not read them. */
    static String complaintsSettledOf(Category category) {
        return "anxin:complaints:" + category.label() + ":settled";
    }

    /** The indexed complaints not settled, by acceptance time: those a repeat may still have to raise. */
    static String openComplaintsOf(Category category) {
        return "anxin:complaints:" + category.label() + ":open";
    }

    /** Each indexed complaint's conversation and words, by ticket number. */
    static String complaintWordsOf(Category category) {
        return "anxin:complaints:" + category.label() + ":words";
    }

    /** The anonymised facts of the tickets accepted on that day (UTC), one hash per day. */
    static String reportDay(java.time.LocalDate day) {
        return "anxin:report:{" + day + "}";
    }

    static String serial(String series) {
        return "anxin:serial:" + series;
    }

    private static String tag(ConversationId id) {
        return "anxin:{" + id.value() + "}";
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
