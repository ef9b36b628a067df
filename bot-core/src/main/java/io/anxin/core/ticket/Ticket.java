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
        Instant dueBy) {

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
                createdAt, dueBy);
    }

    /** This ticket moved to {@code target}, if the procedure allows it. */
    public Ticket movedTo(TicketStatus target) {
        return new Ticket(number, status.moveTo(target), grade, conversationId, channel, lang, content, category,
                flags, form, createdAt, dueBy);
    }
}
