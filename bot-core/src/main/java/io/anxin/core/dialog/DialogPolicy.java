package io.anxin.core.dialog;

import static io.anxin.core.dialog.Scripts.*;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationState;
import io.anxin.core.message.Lang;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.script.ScriptLibrary;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Grading;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.TriageResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The calm-first policy (003 §5: 冷处理; 000 part 2: 先处理心情，再处理事情): a complaint is
 * acknowledged and apologised for before anything else, no outcome is promised, and every request
 * ends in the register with the time by which the customer will hear from us. When triage is
 * unsure, the bot asks once rather than guessing.
 */
public final class DialogPolicy {

    /** From this anger level on, the acknowledgement is shorter and names the feeling first. */
    static final int ANGRY = 2;

    private static final Map<Intent, String> OPTION_BY_INTENT = Map.of(
            Intent.COMPLAINT, CLARIFY_COMPLAINT,
            Intent.SUGGESTION, CLARIFY_SUGGESTION,
            Intent.INQUIRY, CLARIFY_INQUIRY);

    private final PolicyPack policy;
    private final ScriptLibrary scripts;

    public DialogPolicy(PolicyPack policy, ScriptLibrary scripts) {
        this.policy = policy;
        this.scripts = scripts;
    }

    /**
     * @param openTicket the conversation's latest ticket while it is still being handled, if any
     */
    public DialogDecision decide(Conversation conversation, TriageResult triage, String text, @Nullable Ticket openTicket) {
        if (conversation.state() == ConversationState.AWAITING_INTENT && conversation.pendingText() != null) {
            Optional<Intent> chosen = chosenOption(text);
            if (chosen.isPresent()) {
                Category category = chosen.get() == Intent.COMPLAINT ? triage.category() : null;
                TriageResult clarified = new TriageResult(chosen.get(), 1.0, category, triage.flags(), triage.anger(), triage.lang());
                return register(clarified, conversation.pendingText(), null);
            }
            // The customer wrote something new instead of choosing: we asked once, so we do not ask again.
            return register(triage, text, openTicket);
        }
        if (isUnsure(triage)) {
            return new DialogDecision(
                    List.of(new Line(CLARIFY_QUESTION, List.of(CLARIFY_COMPLAINT, CLARIFY_SUGGESTION, CLARIFY_INQUIRY))),
                    null, ConversationState.AWAITING_INTENT, text);
        }
        return register(triage, text, openTicket);
    }

    /** Unsure, and nothing about the message is urgent enough that asking would be the wrong thing to do. */
    private boolean isUnsure(TriageResult triage) {
        return triage.confidence() < policy.clarifyBelow() && triage.flags().isEmpty() && triage.anger() < ANGRY;
    }

    private DialogDecision register(TriageResult triage, String content, @Nullable Ticket openTicket) {
        return switch (triage.intent()) {
            case COMPLAINT -> complaint(triage, content, openTicket);
            case SUGGESTION -> listening(List.of(Line.of(SUGGESTION_THANKS), Line.of(SUGGESTION_REGISTERED)),
                    order(triage, content, Grade.FOUR, policy.limits().suggestionReply()));
            case INQUIRY -> listening(List.of(Line.of(INQUIRY_REGISTERED)),
                    order(triage, content, Grade.FOUR, policy.limits().inquiryAnswer()));
        };
    }

    private DialogDecision complaint(TriageResult triage, String content, @Nullable Ticket openTicket) {
        Line acknowledgement = Line.of(triage.anger() >= ANGRY ? COMPLAINT_ACK_ANGRY : COMPLAINT_ACK);
        if (openTicket != null && openTicket.type() == Intent.COMPLAINT) {
            // Same matter, still being handled: one complaint, one ticket; the new words join its record.
            return listening(List.of(acknowledgement, Line.of(COMPLAINT_SUPPLEMENT)), null);
        }
        return listening(List.of(acknowledgement, Line.of(COMPLAINT_REGISTERED)),
                order(triage, content, Grading.initialGrade(triage), policy.limits().firstContact()));
    }

    private static TicketOrder order(TriageResult triage, String content, Grade grade, Duration dueIn) {
        Category category = triage.intent() == Intent.COMPLAINT ? triage.category() : null;
        return new TicketOrder(triage.intent(), category, triage.flags(), grade, dueIn, content);
    }

    private static DialogDecision listening(List<Line> lines, @Nullable TicketOrder ticket) {
        return new DialogDecision(lines, ticket, ConversationState.LISTENING, null);
    }

    /** The intent whose quick reply the customer chose, in any of the languages offered. */
    private Optional<Intent> chosenOption(String text) {
        String answer = text.strip();
        for (Map.Entry<Intent, String> option : OPTION_BY_INTENT.entrySet()) {
            for (Lang lang : Lang.values()) {
                if (scripts.render(option.getValue(), lang, Map.of()).equalsIgnoreCase(answer)) {
                    return Optional.of(option.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
