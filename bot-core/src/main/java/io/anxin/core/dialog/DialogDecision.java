package io.anxin.core.dialog;

import io.anxin.core.conversation.ConversationState;
import io.anxin.core.handoff.Escalation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the bot does about one message: what it says, whether it registers a ticket, whom it
 * alerts, and what it waits for next.
 *
 * @param pendingText the message kept for clarification, when {@code next} is AWAITING_INTENT
 */
public record DialogDecision(
        List<Line> lines,
        @Nullable TicketOrder ticket,
        List<Escalation> escalations,
        ConversationState next,
        @Nullable String pendingText) {

    public DialogDecision {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the bot always answers");
        }
        lines = List.copyOf(lines);
        escalations = List.copyOf(escalations);
    }
}
