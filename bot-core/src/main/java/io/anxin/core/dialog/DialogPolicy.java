package io.anxin.core.dialog;

import static io.anxin.core.dialog.Scripts.*;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationState;
import io.anxin.core.conversation.Detail;
import io.anxin.core.entity.Entities;
import io.anxin.core.handoff.Escalation;
import io.anxin.core.knowledge.KnowledgeBase;
import io.anxin.core.knowledge.KnowledgeMatch;
import io.anxin.core.handoff.Role;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.script.ScriptLibrary;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Grading;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Act;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
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

    /** A first message this long that says when it happened already tells what happened. */
    static final int DETAILED = 15;

    private static final Map<Intent, String> OPTION_BY_INTENT = Map.of(
            Intent.COMPLAINT, CLARIFY_COMPLAINT,
            Intent.SUGGESTION, CLARIFY_SUGGESTION,
            Intent.INQUIRY, CLARIFY_INQUIRY);

    /** Knowledge-base entries with this tag ask how one's own ticket is going. */
    static final String PROGRESS_TAG = "progress";

    private static final Escalation CUSTOMER_ASKED_FOR_HUMAN = new Escalation(Role.AGENT, "customer_asked", false);

    private final PolicyPack policy;
    private final ScriptLibrary scripts;
    private final KnowledgeBase knowledge;

    public DialogPolicy(PolicyPack policy, ScriptLibrary scripts, KnowledgeBase knowledge) {
        this.policy = policy;
        this.scripts = scripts;
        this.knowledge = knowledge;
    }

    public DialogDecision decide(DialogInput in) {
        Conversation conversation = in.conversation();
        TriageResult triage = in.triage();
        String text = in.text();
        Ticket openTicket = in.openTicket();
        if (triage.flagged(RiskFlag.THREAT_EXTREME)) {
            return threat(triage, text, in.entities(), openTicket);
        }
        if (conversation.state() == ConversationState.WITH_HUMAN) {
            // While an agent holds the chat the customer talks to them: a bot line in between would talk over them.
            List<Line> lines = in.agent() != null ? List.of() : List.of(Line.of(HANDOFF_WAITING));
            return withHuman(lines, null, RiskRules.escalations(triage.flags()));
        }
        if (isOption(HANDOFF_OPTION, text) || (triage.act() == Act.HUMAN && triage.flags().isEmpty())) {
            return withHuman(List.of(Line.of(HANDOFF_HOLDING)), null, List.of(CUSTOMER_ASKED_FOR_HUMAN));
        }
        boolean complaintAtIntake = openTicket != null && openTicket.type() == Intent.COMPLAINT
                && openTicket.status() == TicketStatus.ACCEPTED;
        if (complaintAtIntake && isOption(COMPLAINT_RESOLVED_OPTION, text)) {
            return new DialogDecision(List.of(Line.of(COMPLAINT_CLOSED_AT_INTAKE)), null, new TicketChange.CloseAtIntake(),
                    List.of(), ConversationState.LISTENING, null, null);
        }
        if (conversation.state() == ConversationState.COLLECTING_DETAILS && conversation.askedFor() != null
                && complaintAtIntake && triage.flags().isEmpty()) {
            return questionAside(triage, text, in.lang(), conversation.askedFor(), openTicket)
                    .orElseGet(() -> detailAnswered(conversation.askedFor(), text, openTicket));
        }
        if (conversation.state() == ConversationState.AWAITING_CONFIRMATION && conversation.pendingText() != null
                && triage.flags().isEmpty()) {
            Optional<DialogDecision> confirmed = confirmation(triage, text, conversation.pendingText());
            if (confirmed.isPresent()) {
                return confirmed.get();
            }
        }
        if (conversation.state() == ConversationState.AWAITING_INTENT && conversation.pendingText() != null) {
            Optional<Intent> chosen = chosenIntent(text);
            if (chosen.isPresent()) {
                Category category = chosen.get() == Intent.COMPLAINT ? triage.category() : null;
                TriageResult clarified = new TriageResult(chosen.get(), 1.0, category, triage.flags(), triage.anger(), triage.lang());
                return register(clarified, conversation.pendingText(), in.lang(), Entities.NONE, conversation.channel(), null);
            }
            // The customer wrote something new instead of choosing: we asked once, so we do not ask again.
            return register(triage, text, in.lang(), in.entities(), conversation.channel(), openTicket);
        }
        Optional<DialogDecision> smallTalk = smallTalk(triage);
        if (smallTalk.isPresent()) {
            return smallTalk.get();
        }
        if (isUnsure(triage)) {
            return new DialogDecision(
                    List.of(new Line(CLARIFY_QUESTION, List.of(CLARIFY_COMPLAINT, CLARIFY_SUGGESTION, CLARIFY_INQUIRY))),
                    null, null, List.of(), ConversationState.AWAITING_INTENT, text, null);
        }
        return register(triage, text, in.lang(), in.entities(), conversation.channel(), openTicket);
    }

    /** Greetings, thanks and goodbyes are answered in kind; nothing is registered for them. */
    private static Optional<DialogDecision> smallTalk(TriageResult triage) {
        if (!triage.flags().isEmpty() || triage.intent() == Intent.COMPLAINT) {
            return Optional.empty();
        }
        String script = switch (triage.act()) {
            case GREETING -> ACT_GREETING;
            case THANKS -> ACT_THANKS;
            case GOODBYE -> ACT_GOODBYE;
            case YES, NO -> ACT_NOTED;
            case NONE, HUMAN -> null;
        };
        return Optional.ofNullable(script).map(key -> new DialogDecision(List.of(Line.of(key)), null, null, List.of(),
                ConversationState.LISTENING, null, null));
    }

    /**
     * The answer to "did that solve it?": yes ends it; no registers the question with the promise of
     * an answer (003 §4(三)); anything else is a new message.
     */
    private Optional<DialogDecision> confirmation(TriageResult triage, String text, String question) {
        if (isOption(INQUIRY_SOLVED_OPTION, text) || triage.act() == Act.YES || triage.act() == Act.THANKS) {
            return Optional.of(new DialogDecision(List.of(Line.of(INQUIRY_GLAD)), null, null, List.of(),
                    ConversationState.LISTENING, null, null));
        }
        if (isOption(INQUIRY_UNSOLVED_OPTION, text) || triage.act() == Act.NO) {
            return Optional.of(listening(List.of(Line.of(INQUIRY_REGISTERED)),
                    order(triage, Intent.INQUIRY, question, Grade.FOUR)));
        }
        return Optional.empty();
    }

    /**
     * A question the knowledge base answers, written while a detail of the complaint is asked (how to change the
     * password, when asked how to reach the customer): answered, and the detail asked again, instead of going into
     * the form as the detail. Not while the customer's request is asked: "能退款吗？" is the request itself.
     */
    private Optional<DialogDecision> questionAside(TriageResult triage, String text, Lang lang, Detail asked,
            Ticket openTicket) {
        if (asked == Detail.REQUEST || triage.intent() != Intent.INQUIRY || isUnsure(triage)
                || isOption(DETAIL_SKIP_OPTION, text)) {
            return Optional.empty();
        }
        return knowledge.answer(text, lang).map(match -> {
            Line answer = match.entry().tags().contains(PROGRESS_TAG) ? Line.of(progressScript(openTicket.status()))
                    : Line.literal(match.answer());
            return new DialogDecision(List.of(answer, question(asked)), null, null, List.of(),
                    ConversationState.COLLECTING_DETAILS, null, asked);
        });
    }

    /** The answer (or the skip) goes into the form; then the next detail, or the read-back once all are asked. */
    private DialogDecision detailAnswered(Detail asked, String text, Ticket openTicket) {
        TicketChange change = isOption(DETAIL_SKIP_OPTION, text) ? null : new TicketChange.Note(asked, text.strip());
        Optional<Detail> next = nextDetail(asked, new Known(openTicket.form().accountNumber() != null,
                openTicket.channel().reachesCustomer() || openTicket.form().contact() != null));
        if (next.isPresent()) {
            return new DialogDecision(List.of(question(next.get())), null, change, List.of(),
                    ConversationState.COLLECTING_DETAILS, null, next.get());
        }
        return new DialogDecision(List.of(new Line(COMPLAINT_READBACK, List.of(COMPLAINT_RESOLVED_OPTION))), null, change,
                List.of(), ConversationState.LISTENING, null, null);
    }

    /** What the ticket knew when the complaint was registered; it decides which questions are left out. */
    private record Known(boolean account, boolean contact) {

        /** Three questions at most: when the contact must be asked, the account number is not. */
        boolean needs(Detail detail) {
            return switch (detail) {
                case WHAT_AND_WHEN, REQUEST -> true;
                case ACCOUNT -> !account && contact;
                case CONTACT -> !contact;
            };
        }
    }

    /** The detail to ask after {@code asked}, in the form's order, leaving out what is known. */
    private static Optional<Detail> nextDetail(@Nullable Detail asked, Known known) {
        for (Detail detail : Detail.values()) {
            if ((asked == null || detail.ordinal() > asked.ordinal()) && known.needs(detail)) {
                return Optional.of(detail);
            }
        }
        return Optional.empty();
    }

    private static Line question(Detail detail) {
        String script = switch (detail) {
            case WHAT_AND_WHEN -> ASK_WHAT_AND_WHEN;
            case ACCOUNT -> ASK_ACCOUNT;
            case CONTACT -> ASK_CONTACT;
            case REQUEST -> ASK_REQUEST;
        };
        return new Line(script, List.of(DETAIL_SKIP_OPTION));
    }

    /**
     * 003 §5(三): a dedicated person at once. One calm holding line, no questions, no small talk;
     * the matter is registered so nothing depends on the human arriving.
     */
    private DialogDecision threat(TriageResult triage, String text, Entities entities, @Nullable Ticket openTicket) {
        TicketOrder order = openTicket != null ? null : complaintOrder(triage, text, entities);
        return withHuman(List.of(Line.of(THREAT_HOLD)), order, RiskRules.escalations(triage.flags()));
    }

    /** Unsure, and nothing about the message is urgent enough that asking would be the wrong thing to do. */
    private boolean isUnsure(TriageResult triage) {
        return triage.confidence() < policy.clarifyBelow() && triage.flags().isEmpty() && triage.anger() < ANGRY;
    }

    private DialogDecision register(TriageResult triage, String content, Lang lang, Entities entities, Channel channel,
            @Nullable Ticket openTicket) {
        if (triage.intent() == Intent.COMPLAINT || RiskRules.mustRegister(triage.flags())) {
            return complaint(triage, content, entities, channel, openTicket);
        }
        if (triage.intent() == Intent.SUGGESTION) {
            return listening(List.of(Line.of(SUGGESTION_THANKS), Line.of(SUGGESTION_REGISTERED)),
                    order(triage, Intent.SUGGESTION, content, Grade.FOUR));
        }
        return inquiry(triage, content, lang, openTicket);
    }

    /** 003 §4(三): answered at once when the knowledge base knows; else registered and answered within the limit. */
    private DialogDecision inquiry(TriageResult triage, String question, Lang lang, @Nullable Ticket openTicket) {
        Optional<KnowledgeMatch> match = knowledge.answer(question, lang);
        if (match.isPresent() && openTicket != null && match.get().entry().tags().contains(PROGRESS_TAG)) {
            // 003 §6(三): tell the customer the progress — of their own ticket, not the general answer.
            return new DialogDecision(List.of(Line.of(progressScript(openTicket.status()))), null, null, List.of(),
                    ConversationState.LISTENING, null, null);
        }
        if (match.isPresent()) {
            return new DialogDecision(
                    List.of(Line.literal(match.get().answer()),
                            new Line(INQUIRY_SOLVED_QUESTION, List.of(INQUIRY_SOLVED_OPTION, INQUIRY_UNSOLVED_OPTION))),
                    null, null, List.of(), ConversationState.AWAITING_CONFIRMATION, question, null);
        }
        return listening(List.of(Line.of(INQUIRY_REGISTERED)),
                order(triage, Intent.INQUIRY, question, Grade.FOUR));
    }

    private DialogDecision complaint(
            TriageResult triage, String content, Entities entities, Channel channel, @Nullable Ticket openTicket) {
        List<Escalation> escalations = new ArrayList<>(RiskRules.escalations(triage.flags()));
        if (isEconomicDispute(entities)) {
            escalations.addAll(RiskRules.ECONOMIC_DISPUTE);
        }
        List<Line> lines = new ArrayList<>();
        if (triage.flagged(RiskFlag.WHISTLEBLOW)) {
            // Acknowledge without revealing anything; the sender's identity stays with compliance.
            lines.add(Line.of(WHISTLEBLOW_REGISTERED));
            return new DialogDecision(lines, complaintOrder(triage, content, entities), null, escalations,
                    ConversationState.LISTENING, null, null);
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
            order = complaintOrder(triage, content, entities);
            lines.add(Line.of(COMPLAINT_REGISTERED));
        }
        if (!escalations.isEmpty()) {
            lines.add(Line.of(COMPLAINT_REPORTED));
        }
        if (triage.anger() >= ANGRY) {
            lines.add(new Line(HANDOFF_OFFER, List.of(HANDOFF_OPTION)));
        } else if (order != null && escalations.isEmpty()) {
            // Calm and nothing urgent: the details can be asked now, one at a time, each skippable.
            boolean toldWhen = entities.saysWhen() && content.codePointCount(0, content.length()) >= DETAILED;
            Known known = new Known(!entities.accounts().isEmpty(), channel.reachesCustomer() || !entities.phones().isEmpty());
            Detail first = toldWhen ? nextDetail(Detail.WHAT_AND_WHEN, known).orElseThrow() : Detail.WHAT_AND_WHEN;
            lines.add(question(first));
            return new DialogDecision(lines, order, null, escalations, ConversationState.COLLECTING_DETAILS, null, first);
        }
        return new DialogDecision(lines, order, null, escalations, ConversationState.LISTENING, null, null);
    }

    /** 000 part 5: an economic dispute is reported to the leader and the chief risk officer; nobody decides alone. */
    private boolean isEconomicDispute(Entities entities) {
        return entities.amounts().stream()
                .anyMatch(amount -> amount.value().compareTo(policy.economicDisputeFrom()) >= 0);
    }

    private TicketOrder complaintOrder(TriageResult triage, String content, Entities entities) {
        return order(triage, Intent.COMPLAINT, content, Grading.initialGrade(triage, entities.groupSize()));
    }

    private static TicketOrder order(TriageResult triage, Intent type, String content, Grade grade) {
        Category category = type == Intent.COMPLAINT && triage.intent() == Intent.COMPLAINT ? triage.category() : null;
        return new TicketOrder(type, category, triage.flags(), grade, content);
    }

    private static String progressScript(TicketStatus status) {
        return switch (status) {
            case FORWARDED -> PROGRESS_FORWARDED;
            case IN_PROGRESS -> PROGRESS_IN_PROGRESS;
            default -> PROGRESS_ACCEPTED;
        };
    }

    private static DialogDecision listening(List<Line> lines, TicketOrder ticket) {
        return new DialogDecision(lines, ticket, null, List.of(), ConversationState.LISTENING, null, null);
    }

    private static DialogDecision withHuman(List<Line> lines, @Nullable TicketOrder ticket, List<Escalation> escalations) {
        return new DialogDecision(lines, ticket, null, escalations, ConversationState.WITH_HUMAN, null, null);
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
