package io.anxin.core.ticket;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A registered complaint, suggestion or inquiry.
 *
 * @param number         its number; the letter is its type
 * @param status         where it stands in the procedure
 * @param grade          severity grade (complaints; suggestions and inquiries stay at 4)
 * @param conversationId the conversation it was opened from
 * @param channel        the channel it came in by (a complaint-form field)
 * @param lang           the customer's language, for everything sent to them about it
 * @param content        what the customer said, in their words (a complaint-form field)
 * @param category       complaint category, null for suggestions and inquiries
 * @param flags          risk flags raised at intake
 * @param form           the rest of the complaint form
 * @param createdAt      when it was accepted (the form's date)
 * @param dueBy          the promise made to the customer: first contact for complaints, the
 *                       answer for inquiries, the reply for suggestions
 * @param extensionReason why resolution was extended to 7 working days (003 §5(四)), null while it
 *                       has not been; it can be extended once
 * @param reComplaintOf  the ticket whose outcome the customer rejected, for a re-complaint (000 part 5 §17(七))
 */
public record Ticket(
        TicketNumber number,
        TicketStatus status,
        Grade grade,
        ConversationId conversationId,
        Channel channel,
        Lang lang,
        String content,
        @Nullable Category category,
        Set<RiskFlag> flags,
        ComplaintForm form,
        Instant createdAt,
        Instant dueBy,
        @Nullable String extensionReason,
        @Nullable TicketNumber reComplaintOf) {

    /** A ticket whose resolution has not been extended. */
    public Ticket(TicketNumber number, TicketStatus status, Grade grade, ConversationId conversationId, Channel channel,
            Lang lang, String content, @Nullable Category category, Set<RiskFlag> flags, ComplaintForm form,
            Instant createdAt, Instant dueBy) {
        this(number, status, grade, conversationId, channel, lang, content, category, flags, form, createdAt, dueBy, null,
                null);
    }

    public Ticket {
        flags = Set.copyOf(flags);
        if (category != null && number.type() != Intent.COMPLAINT) {
            throw new IllegalArgumentException("only complaints carry a category: " + number);
        }
        if (dueBy.isBefore(createdAt)) {
            throw new IllegalArgumentException("a ticket cannot be due before it is created: " + number);
        }
    }

    /**
     * A whistle-blowing ticket is seen by compliance alone and its sender's identity stays hidden
     * (003 §7(二); 001 ICP rules).
     */
    public boolean confidential() {
        return flags.contains(RiskFlag.WHISTLEBLOW);
    }

    public Intent type() {
        return number.type();
    }

    public Ticket withForm(ComplaintForm changed) {
        return new Ticket(number, status, grade, conversationId, channel, lang, content, category, flags, changed,
                createdAt, dueBy, extensionReason, reComplaintOf);
    }

    /**
     * This complaint with its resolution extended to the special-case limit (003 §5(四): at most 7
     * working days), which happens once, for a stated reason, while it is being handled.
     */
    public Ticket extended(String reason) {
        if (type() != Intent.COMPLAINT) {
            throw new IllegalStateException("only a complaint's resolution is extended, not " + number);
        }
        if (!status.isOpen()) {
            throw new IllegalStateException("ticket " + number + " is " + status + ": only an open ticket is extended");
        }
        if (extensionReason != null) {
            throw new IllegalStateException("ticket " + number + " was already extended once: " + extensionReason);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an extension needs a reason");
        }
        return new Ticket(number, status, grade, conversationId, channel, lang, content, category, flags, form,
                createdAt, dueBy, reason.strip(), reComplaintOf);
    }

    /** This ticket at another grade, when facts or a breach change its severity (000 part 1 §3). */
    public Ticket regraded(Grade changed) {
        return new Ticket(number, status, changed, conversationId, channel, lang, content, category, flags, form,
                createdAt, dueBy, extensionReason, reComplaintOf);
    }

    /** This ticket with risk flags raised later in the conversation added to those raised at intake. */
    public Ticket flaggedAlso(Set<RiskFlag> more) {
        Set<RiskFlag> all = new java.util.HashSet<>(flags);
        all.addAll(more);
        return new Ticket(number, status, grade, conversationId, channel, lang, content, category, all, form,
                createdAt, dueBy, extensionReason, reComplaintOf);
    }

    /** This ticket moved to {@code target}, if the procedure allows it. */
    public Ticket movedTo(TicketStatus target) {
        return new Ticket(number, status.moveTo(target), grade, conversationId, channel, lang, content, category,
                flags, form, createdAt, dueBy, extensionReason, reComplaintOf);
    }
}
