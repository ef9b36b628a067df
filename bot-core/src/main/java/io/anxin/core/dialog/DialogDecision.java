package io.anxin.core.dialog;

import io.anxin.core.conversation.ConversationState;
import io.anxin.core.conversation.Detail;
import io.anxin.core.handoff.Escalation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the bot does about one message: what it says, whether it registers a ticket, whom it
 * alerts, and what it waits for next. It says nothing only while an agent holds the conversation.
 *
 * @param change      what changes on the conversation's open ticket
 * @param pendingText the message kept for clarification, when {@code next} is AWAITING_INTENT
 * @param askFor      the complaint detail asked for, when {@code next} is COLLECTING_DETAILS
 */
public record DialogDecision(
        List<Line> lines,
        @Nullable TicketOrder ticket,
        @Nullable TicketChange change,
        List<Escalation> escalations,
        ConversationState next,
        @Nullable String pendingText,
        @Nullable Detail askFor) {

    public DialogDecision {
        if (lines.isEmpty() && next != ConversationState.WITH_HUMAN) {
            // only an agent's presence makes silence right: otherwise the customer would be left with no answer
            throw new IllegalArgumentException("the bot answers every message unless an agent holds the conversation");
        }
        lines = List.copyOf(lines);
        escalations = List.copyOf(escalations);
    }
}
