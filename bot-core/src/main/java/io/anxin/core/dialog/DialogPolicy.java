package io.anxin.core.dialog;

import static io.anxin.core.dialog.Scripts.*;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationState;
import io.anxin.core.handoff.Escalation;
import io.anxin.core.handoff.Role;
import io.anxin.core.message.Lang;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.script.ScriptLibrary;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Grading;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The calm-first policy (003 §5: 冷处理; 000 part 2: 先处理心情，再处理事情): a complaint is
 * acknowledged and apologised for before anything else, no outcome is promised, every request
 * ends in the register with the time by which the customer will hear from us, and flagged
 * content reaches the people the regulation names at once. When triage is unsure, the bot asks
 * once rather than guessing.
 */
public final class DialogPolicy {

    /** From this anger level on, replies are shorter, questions wait, and a human is offered. */
    static final int ANGRY = 2;

    private static final Map<Intent, String> OPTION_BY_INTENT = Map.of(
            Intent.COMPLAINT, CLARIFY_COMPLAINT,
            Intent.SUGGESTION, CLARIFY_SUGGESTION,
            Intent.INQUIRY, CLARIFY_INQUIRY);

    private static final Escalation CUSTOMER_ASKED_FOR_HUMAN = new Escalation(Role.AGENT, "customer_asked", false);

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
        if (triage.flagged(RiskFlag.THREAT_EXTREME)) {
            return threat(triage, text, openTicket);
        }
        if (conversation.state() == ConversationState.WITH_HUMAN) {
            return new DialogDecision(List.of(Line.of(HANDOFF_WAITING)), null, RiskRules.escalations(triage.flags()),
                    ConversationState.WITH_HUMAN, null);
        }
        if (isOption(HANDOFF_OPTION, text)) {
            return new DialogDecision(List.of(Line.of(HANDOFF_HOLDING)), null, List.of(CUSTOMER_ASKED_FOR_HUMAN),
                    ConversationState.WITH_HUMAN, null);
        }
        if (conversation.state() == ConversationState.AWAITING_INTENT && conversation.pendingText() != null) {
            Optional<Intent> chosen = chosenIntent(text);
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
                    null, List.of(), ConversationState.AWAITING_INTENT, text);
        }
        return register(triage, text, openTicket);
    }

    /**
     * 003 §5(三): a dedicated person at once. One calm holding line, no questions, no small talk;
     * the matter is registered so nothing depends on the human arriving.
     */
    private DialogDecision threat(TriageResult triage, String text, @Nullable Ticket openTicket) {
        TicketOrder order = openTicket != null ? null : complaintOrder(triage, text);
        return new DialogDecision(List.of(Line.of(THREAT_HOLD)), order, RiskRules.escalations(triage.flags()),
                ConversationState.WITH_HUMAN, null);
    }

    /** Unsure, and nothing about the message is urgent enough that asking would be the wrong thing to do. */
    private boolean isUnsure(TriageResult triage) {
        return triage.confidence() < policy.clarifyBelow() && triage.flags().isEmpty() && triage.anger() < ANGRY;
    }

    private DialogDecision register(TriageResult triage, String content, @Nullable Ticket openTicket) {
        if (triage.intent() == Intent.COMPLAINT || RiskRules.mustRegister(triage.flags())) {
            return complaint(triage, content, openTicket);
        }
        return switch (triage.intent()) {
            case SUGGESTION -> listening(List.of(Line.of(SUGGESTION_THANKS), Line.of(SUGGESTION_REGISTERED)),
                    order(triage, Intent.SUGGESTION, content, Grade.FOUR, policy.limits().suggestionReply()));
            default -> listening(List.of(Line.of(INQUIRY_REGISTERED)),
                    order(triage, Intent.INQUIRY, content, Grade.FOUR, policy.limits().inquiryAnswer()));
        };
    }

    private DialogDecision complaint(TriageResult triage, String content, @Nullable Ticket openTicket) {
        List<Escalation> escalations = RiskRules.escalations(triage.flags());
        List<Line> lines = new ArrayList<>();
        if (triage.flagged(RiskFlag.WHISTLEBLOW)) {
            // Acknowledge without revealing anything; the sender's identity stays with compliance.
            lines.add(Line.of(WHISTLEBLOW_REGISTERED));
            return new DialogDecision(lines, complaintOrder(triage, content), escalations, ConversationState.LISTENING, null);
        }
        lines.add(Line.of(triage.anger() >= ANGRY ? COMPLAINT_ACK_ANGRY : COMPLAINT_ACK));
        if (triage.flagged(RiskFlag.ASSET_SAFETY)) {
            lines.add(Line.of(ASSET_GUIDANCE));
        }
        TicketOrder order = null;
        if (openTicket != null && openTicket.type() == Intent.COMPLAINT) {
            // Same matter, still being handled: one complaint, one ticket; the new words join its record.
            lines.add(Line.of(COMPLAINT_SUPPLEMENT));
        } else {
            order = complaintOrder(triage, content);
            lines.add(Line.of(COMPLAINT_REGISTERED));
        }
        if (!escalations.isEmpty()) {
            lines.add(Line.of(COMPLAINT_REPORTED));
        }
        if (triage.anger() >= ANGRY) {
            lines.add(new Line(HANDOFF_OFFER, List.of(HANDOFF_OPTION)));
        }
        return new DialogDecision(lines, order, escalations, ConversationState.LISTENING, null);
    }

    private TicketOrder complaintOrder(TriageResult triage, String content) {
        return order(triage, Intent.COMPLAINT, content, Grading.initialGrade(triage), policy.limits().firstContact());
    }

    private static TicketOrder order(TriageResult triage, Intent type, String content, Grade grade, Duration dueIn) {
        Category category = type == Intent.COMPLAINT && triage.intent() == Intent.COMPLAINT ? triage.category() : null;
        return new TicketOrder(type, category, triage.flags(), grade, dueIn, content);
    }

    private static DialogDecision listening(List<Line> lines, TicketOrder ticket) {
        return new DialogDecision(lines, ticket, List.of(), ConversationState.LISTENING, null);
    }

    /** The intent whose quick reply the customer chose, in any of the languages offered. */
    private Optional<Intent> chosenIntent(String text) {
        return OPTION_BY_INTENT.entrySet().stream()
                .filter(option -> isOption(option.getValue(), text))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Whether the customer sent back one of the bot's own quick replies, in any language. */
    private boolean isOption(String optionScript, String text) {
        String answer = text.strip();
        for (Lang lang : Lang.values()) {
            if (scripts.render(optionScript, lang, Map.of()).equalsIgnoreCase(answer)) {
                return true;
            }
        }
        return false;
    }
}
