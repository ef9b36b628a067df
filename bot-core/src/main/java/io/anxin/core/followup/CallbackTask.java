package io.anxin.core.followup;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.ticket.TicketNumber;
import java.time.Instant;

/**
 * A supervisor's call-back to a customer dissatisfied with the outcome of their complaint (001: within 7 days),
 * one per ticket.
 *
 * @param reason what the supervisor should know before calling, e.g. the scores
 */
public record CallbackTask(TicketNumber ticket, ConversationId conversation, String reason, Instant createdAt,
        Instant dueBy) {

    public CallbackTask {
        if (dueBy.isBefore(createdAt)) {
            throw new IllegalArgumentException("a call-back cannot be due before it is created: " + ticket);
        }
    }
}
