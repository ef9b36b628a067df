package io.anxin.core.engine;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationState;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.dialog.DialogDecision;
import io.anxin.core.dialog.DialogInput;
import io.anxin.core.dialog.DialogPolicy;
import io.anxin.core.dialog.Line;
import io.anxin.core.dialog.Scripts;
import io.anxin.core.dialog.TicketChange;
import io.anxin.core.dialog.TicketOrder;
import io.anxin.core.entity.Entities;
import io.anxin.core.entity.EntityExtractor;
import io.anxin.core.handoff.Escalation;
import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.knowledge.KnowledgeBase;
import io.anxin.core.handoff.EscalationNotice;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.takeover.HumanDesk;
import io.anxin.core.takeover.Waiting;
import io.anxin.core.lifecycle.Renewal;
import io.anxin.core.followup.Satisfaction;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.script.Deadlines;
import io.anxin.core.script.ScriptLibrary;
import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.ConcurrentTicketChangeException;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Grading;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import io.anxin.core.triage.Triager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Handles one inbound message end to end: recognise a retry, take the conversation's lease,
 * triage, decide calm-first, register the ticket, and persist everything before answering.
 */
public final class ConversationEngine {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    /** Who receives a ticket the bot registers (the complaint form's receiving agent). */
    static final String RECEIVED_BY_BOT = "anxin-bot";

    /** A turn whose lease was lost stored nothing, so it is safe to run again. */
    private static final Retry ON_LOST_LEASE = Retry.max(2).filter(LeaseLostException.class::isInstance);

    private final ConversationStore conversations;
    private final TicketStore tickets;
    private final TurnStore turns;
    private final EscalationLog escalations;
    private final MilestoneTimers milestones;
    private final AfterRegistration afterRegistration;
    private final FollowUp followUp;
    private final HumanDesk desk;
    private final Triager triager;
    private final DialogPolicy dialog;
    private final Renewal renewal;
    private final ScriptLibrary scripts;
    private final PolicyPack policy;
    private final Clock clock;
    private final Timing timing;
    private final InFlightLimit inFlight;

    /**
     * @param leaseTtl  how long a lease lasts: longer than any turn takes, short enough that a
     *                  crashed instance holds a conversation up only briefly
     * @param leaseWait how long a message waits for another message of its conversation
     * @param pollEvery how often a waiting message looks again
     */
    public record Timing(Duration leaseTtl, Duration leaseWait, Duration pollEvery) {
        public static final Timing DEFAULT = new Timing(Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofMillis(15));
    }

    /** @param inFlight shared by every engine of the instance: the messages it may handle at once */
    public ConversationEngine(
            ConversationStore conversations,
            TicketStore tickets,
            TurnStore turns,
            EscalationLog escalations,
            MilestoneTimers milestones,
            AfterRegistration afterRegistration,
            FollowUp followUp,
            HumanDesk desk,
            Triager triager,
            ScriptLibrary scripts,
            KnowledgeBase knowledge,
            PolicyPack policy,
            Clock clock,
            Timing timing,
            InFlightLimit inFlight) {
        this.inFlight = inFlight;
        this.conversations = conversations;
        this.tickets = tickets;
        this.turns = turns;
        this.escalations = escalations;
        this.milestones = milestones;
        this.afterRegistration = afterRegistration;
        this.followUp = followUp;
        this.desk = desk;
        this.triager = triager;
        this.scripts = scripts;
        this.policy = policy;
        this.clock = clock;
        this.timing = timing;
        this.dialog = new DialogPolicy(policy, scripts, knowledge);
        this.renewal = new Renewal(tickets, policy.routing());
    }

    public Mono<Answer> handle(InboundMessage message) {
        return inFlight.admit(conversations.idFor(message.channel(), message.customerId()).flatMap(id -> {
            InboundKey key = InboundKey.of(id, message);
            return claim(key).flatMap(claim -> claim instanceof TurnClaim.Answered answered
                    ? Mono.just(answered.answer())
                    : Mono.usingWhen(Mono.just((TurnClaim.Leased) claim),
                            leased -> handleFirstTime(leased, key, message),
                            // A turn that ends well has given its lease up with its commit, in the same step.
                            leased -> Mono.empty(),
                            (leased, error) -> turns.release(leased.lease()),
                            leased -> turns.release(leased.lease())))
                    .retryWhen(ON_LOST_LEASE);
        }));
    }

    /** The message's earlier answer, or its conversation's lease once the message before it is done. */
    private Mono<TurnClaim> claim(InboundKey key) {
        long attempts = Math.max(1, timing.leaseWait().toMillis() / Math.max(1, timing.pollEvery().toMillis()));
        return Mono.defer(() -> turns.claim(key, timing.leaseTtl()))
                .repeatWhenEmpty(Math.toIntExact(Math.min(Integer.MAX_VALUE, attempts)),
                        tries -> tries.delayElements(timing.pollEvery()))
                .switchIfEmpty(Mono.error(() -> new ConversationBusyException(key.conversationId(), timing.leaseTtl())));
    }

    private Mono<Answer> handleFirstTime(TurnClaim.Leased leased, InboundKey key, InboundMessage message) {
        Instant now = clock.instant();
        TriageResult triage = triager.triage(message.text());
        Lang lang = message.lang() != null ? message.lang() : triage.lang();
        return Mono.justOrEmpty(leased.conversation())
                .defaultIfEmpty(Conversation.open(key.conversationId(), message.channel(), message.customerId(), lang, now))
                .flatMap(this::handedBack)
                .flatMap(conversation -> {
                    Lang answerIn = message.lang() == null && !hasLetters(message.text()) ? conversation.lang() : lang;
                    return optional(surveyAnswer(conversation, message.text()))
                            .flatMap(survey -> survey.isPresent()
                                    ? answerSurvey(leased.lease(), key, message, triage, answerIn, conversation, survey.get(), now)
                                    : converse(leased, key, message, triage, answerIn, conversation, now));
                })
                .doOnNext(answer -> log.info("handled {} message {} in {}: intent={} confidence={} anger={} flags={} ticket={}",
                        message.channel().id(), key.messageId(), key.conversationId(), triage.intent().label(),
                        twoDecimals(triage.confidence()), triage.anger(), triage.flags(),
                        answer.ticket() != null ? answer.ticket().number() : "-"));
    }

    /**
     * Whether the text says anything about the language it is written in. Scores ("8 9"), a number or an emoji do
     * not: the customer is answered in the conversation's language, not in the detector's default.
     */
    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private Mono<Answer> converse(TurnClaim.Leased leased, InboundKey key, InboundMessage message, TriageResult triage,
            Lang lang, Conversation current, Instant now) {
        return Mono.just(current)
                .zipWhen(conversation -> optional(lastTicket(conversation)).zipWith(optional(agent(conversation))))
                // Redis replies arrive on its client's one I/O thread; the dialog (the knowledge base's search above all)
                // is the turn's heaviest work, and runs on every core, not on that thread, ahead of other replies.
                .publishOn(Schedulers.parallel())
                .flatMap(found -> {
                    Conversation conversation = found.getT1();
                    Ticket last = found.getT2().getT1().orElse(null);
                    Ticket openNow = last != null && last.status().isOpen() ? last : null;
                    String agent = found.getT2().getT2().orElse(null);
                    Entities entities = EntityExtractor.extract(message.text(), LocalDate.ofInstant(now, policy.zone()));
                    DialogDecision decided = dialog.decide(new DialogInput(conversation, triage, message.text(), lang, entities,
                            openNow, agent));
                    // An earlier attempt at this message registered a ticket and failed before its turn was stored, and
                    // a later message has opened another ticket since: decided as that attempt was (without the later
                    // ticket), the retry registers and names the first, instead of leaving it in the register unnamed.
                    boolean asFirstAttempt = decided.ticket() == null && leased.reservedTicket() != null && openNow != null;
                    Ticket open = asFirstAttempt ? null : openNow;
                    DialogDecision decision = asFirstAttempt
                            ? dialog.decide(new DialogInput(conversation, triage, message.text(), lang, entities, null, agent))
                            : decided;
                    return optional(registerTicket(key, leased.reservedTicket(), decision.ticket(), conversation, last, lang,
                            entities, now))
                            .zipWith(optional(amend(open, decision.change(), triage, entities.groupSize(), now)))
                            .flatMap(changed -> {
                                Ticket registered = changed.getT1().orElse(null);
                                Ticket mentioned = registered != null ? registered : changed.getT2().orElse(open);
                                List<Reply> replies = render(decision.lines(), lang, message.channel(), mentioned);
                                Answer answer = new Answer(key.conversationId(), replies,
                                        registered != null ? TicketReceipt.of(registered) : null);
                                Conversation next = conversation.afterTurn(lang, decision.next(), decision.pendingText(),
                                        decision.askFor(), registered != null ? registered.number() : null, now);
                                Turn turn = new Turn(key, next, transcript(message, triage, replies, now), answer);
                                return escalate(decision, key, registered != null ? registered : mentioned, now)
                                        .then(turns.commit(leased.lease(), turn))
                                        .thenReturn(answer);
                            });
                });
    }

    /** The customer's scores, when the conversation waits for a survey answer and the message reads as one. */
    private record SurveyAnswer(TicketNumber ticket, Satisfaction satisfaction) {}

    private Mono<SurveyAnswer> surveyAnswer(Conversation conversation, String text) {
        if (conversation.state() == ConversationState.WITH_HUMAN) {
            return Mono.empty();
        }
        return Mono.justOrEmpty(Satisfaction.parse(text))
                .flatMap(satisfaction -> followUp.pending(conversation.id())
                        .map(ticket -> new SurveyAnswer(ticket, satisfaction)));
    }

    /** Records the scores; the survey is closed only once the turn is committed, so a retry still finds it. */
    private Mono<Answer> answerSurvey(Lease lease, InboundKey key, InboundMessage message, TriageResult triage, Lang lang,
            Conversation conversation, SurveyAnswer survey, Instant now) {
        return followUp.answer(survey.ticket(), survey.satisfaction())
                .zipWith(optional(tickets.find(survey.ticket())))
                .flatMap(found -> {
                    List<Reply> replies = render(List.of(Line.of(found.getT1())), lang, message.channel(),
                            found.getT2().orElse(null));
                    Answer answer = new Answer(key.conversationId(), replies, null);
                    Conversation next = conversation.afterTurn(lang, ConversationState.LISTENING, null, null, null, now);
                    Turn turn = new Turn(key, next, transcript(message, triage, replies, now), answer);
                    return turns.commitHolding(lease, turn)
                            .then(followUp.close(conversation.id(), survey.ticket()))
                            .then(turns.release(lease))
                            .thenReturn(answer);
                });
    }

    /** Recorded before the commit: an alert may be sent twice for a retried message, never lost. */
    private Mono<Void> escalate(DialogDecision decision, InboundKey key, @Nullable Ticket ticket, Instant now) {
        return Flux.fromIterable(decision.escalations())
                .concatMap(e -> escalations.record(new EscalationNotice(e, key.conversationId(), key.messageId(),
                        ticket != null ? ticket.number().toString() : null, now)))
                .then(decision.next() == ConversationState.WITH_HUMAN ? queue(decision, key, ticket, now) : Mono.empty());
    }

    /**
     * Puts the conversation in the agents' queue (once: a queued or owned one stays as it is): an urgent escalation
     * (a threat) first, then by the ticket's grade, then by waiting time.
     */
    private Mono<Void> queue(DialogDecision decision, InboundKey key, @Nullable Ticket ticket, Instant now) {
        boolean urgent = decision.escalations().stream().anyMatch(Escalation::urgent);
        int grade = urgent ? 1 : ticket != null ? ticket.grade().level() : 4;
        String reason = decision.escalations().isEmpty() ? "waiting" : decision.escalations().get(0).reason();
        return desk.enqueue(new Waiting(key.conversationId(), grade, now, reason));
    }

    /**
     * A conversation the desk no longer holds (an agent handed it back to the bot) listens again, whatever state its
     * last turn left.
     */
    private Mono<Conversation> handedBack(Conversation conversation) {
        if (conversation.state() != ConversationState.WITH_HUMAN) {
            return Mono.just(conversation);
        }
        return desk.withPerson(conversation.id()).map(withPerson -> withPerson ? conversation : conversation.listening());
    }

    /** The agent who holds the conversation, while one does. */
    private Mono<String> agent(Conversation conversation) {
        return conversation.state() == ConversationState.WITH_HUMAN ? desk.owner(conversation.id()) : Mono.empty();
    }

    private static <T> Mono<Optional<T>> optional(Mono<T> value) {
        return value.map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    /** The conversation's latest ticket, read once a turn: open, it is the matter under way; else maybe re-complained of. */
    private Mono<Ticket> lastTicket(Conversation conversation) {
        TicketNumber last = conversation.lastTicket();
        return last == null ? Mono.empty() : tickets.find(last);
    }

    /**
     * Applies the dialog's change to the open ticket. Applying it again (a retried message) changes
     * nothing: the same words are not added twice and a closed ticket stays closed.
     */
    private Mono<Ticket> amend(@Nullable Ticket open, @Nullable TicketChange change, TriageResult triage, int groupSize,
            Instant now) {
        if (open == null || (change == null && !raisesFlags(open, triage))) {
            return Mono.empty();
        }
        // Someone at the desk may have changed the ticket since this turn read it: apply the change once more
        // to the ticket as it is now, rather than undo theirs or lose the customer's words.
        return apply(open, change, triage, groupSize, now).onErrorResume(ConcurrentTicketChangeException.class,
                e -> tickets.find(open.number()).flatMap(fresh -> apply(fresh, change, triage, groupSize, now)));
    }

    /** A later message of the customer says more (媒体, 起诉, 我们30户) than the complaint's intake did. */
    private static boolean raisesFlags(Ticket open, TriageResult triage) {
        return open.type() == Intent.COMPLAINT && !open.flags().containsAll(triage.flags());
    }

    private Mono<Ticket> apply(Ticket open, @Nullable TicketChange change, TriageResult triage, int groupSize,
            Instant now) {
        List<TicketEvent> events = new ArrayList<>();
        Ticket changed = open;
        if (raisesFlags(open, triage)) { // 000 part 1 §3: the grade follows the facts as they become known
            String added = triage.flags().stream().filter(f -> !open.flags().contains(f)).map(RiskFlag::label).sorted()
                    .collect(Collectors.joining(","));
            Grade grade = Grading.withLaterFlags(open.grade(), triage, groupSize);
            changed = changed.flaggedAlso(triage.flags()).regraded(grade);
            events.add(new TicketEvent("flags:" + added + (grade != open.grade() ? " grade:" + grade.level() : ""),
                    RECEIVED_BY_BOT, now));
        }
        if (change instanceof TicketChange.Note note) {
            Ticket noted = changed.withForm(noted(changed.form(), note));
            if (!noted.equals(changed)) {
                events.add(new TicketEvent("form." + note.detail().name().toLowerCase(), RECEIVED_BY_BOT, now));
                changed = noted;
            }
        } else if (change != null && changed.status().canMoveTo(TicketStatus.CLOSED_AT_INTAKE)) {
            // Not when closed already, or when an agent has taken it further: then it is no longer closed at intake.
            changed = changed.movedTo(TicketStatus.CLOSED_AT_INTAKE);
            events.add(new TicketEvent("status", RECEIVED_BY_BOT, now));
        }
        if (events.isEmpty()) {
            return Mono.just(open);
        }
        return tickets.amend(open, changed, events).thenReturn(changed);
    }

    private static ComplaintForm noted(ComplaintForm form, TicketChange.Note note) {
        return switch (note.detail()) {
            case WHAT_AND_WHEN -> form.summary() != null && form.summary().endsWith(note.text())
                    ? form : form.withSummaryAdded(note.text());
            case ACCOUNT -> form.withAccountNumber(note.text());
            case CONTACT -> form.withContact(note.text());
            case REQUEST -> form.withRequest(note.text());
        };
    }

    /**
     * @param reserved the number an earlier attempt at this message drew, registered again so a retry makes one ticket
     * @param last     the conversation's latest ticket as this turn read it
     */
    private Mono<Ticket> registerTicket(InboundKey key, @Nullable TicketNumber reserved, @Nullable TicketOrder order,
            Conversation conversation, @Nullable Ticket last, Lang lang, Entities entities, Instant now) {
        if (order == null) {
            return Mono.empty();
        }
        Mono<TicketNumber> number = reserved != null ? Mono.just(reserved) : Mono.defer(() ->
                tickets.nextNumber(order.type(), YearMonth.from(now.atZone(policy.zone())))
                        .flatMap(drawn -> turns.reserveTicket(key, drawn).thenReturn(drawn)));
        Mono<Optional<Ticket>> rejected = order.type() == Intent.COMPLAINT
                ? optional(followUp.rejectedOutcome(last)) : Mono.just(Optional.empty());
        return number.zipWith(rejected).flatMap(drawn -> {
            TicketNumber n = drawn.getT1();
            Ticket previous = drawn.getT2().orElse(null);
            Mono<Grade> grade = previous == null ? Mono.just(order.grade()) : renewal.grade(previous, order.grade());
            return grade.flatMap(g -> {
                // A re-complaint: the old form attached, for the department above the one that handled it.
                ComplaintForm form = previous == null ? ComplaintForm.receivedBy(RECEIVED_BY_BOT)
                        : renewal.form(previous, RECEIVED_BY_BOT);
                if (!entities.accounts().isEmpty()) {
                    form = form.withAccountNumber(entities.accounts().get(0));
                }
                if (!entities.phones().isEmpty()) {
                    form = form.withContact(entities.phones().get(0));
                }
                Ticket ticket = new Ticket(n, TicketStatus.ACCEPTED, g, conversation.id(), conversation.channel(),
                        lang, order.content(), order.category(), order.flags(), form, now,
                        milestones.schedule().promisedToCustomer(order.type(), now), null,
                        previous != null ? previous.number() : null);
                Mono<Void> linked = previous == null ? Mono.empty()
                        : tickets.amend(previous, previous, new TicketEvent("re-complained as " + n, RECEIVED_BY_BOT, now));
                // Before the turn commits: scheduling and grading are idempotent, so a retried message repairs a crash
                // in between.
                return tickets.register(ticket)
                        .then(linked)
                        .then(milestones.scheduleAtAcceptance(ticket))
                        .then(afterRegistration.registered(ticket));
            });
        });
    }

    private List<Reply> render(List<Line> lines, Lang lang, Channel channel, @Nullable Ticket ticket) {
        Map<String, String> variables = new HashMap<>();
        if (ticket != null) {
            String notGiven = scripts.render(Scripts.DETAIL_NOT_GIVEN, lang, Map.of());
            ComplaintForm form = ticket.form();
            variables.put("ticket", ticket.number().toString());
            variables.put("dueBy", Deadlines.format(ticket.dueBy(), policy.zone(), lang));
            variables.put("what", form.summary() != null ? ticket.content() + " " + form.summary() : ticket.content());
            variables.put("account", form.accountNumber() != null ? form.accountNumber() : notGiven);
            variables.put("contact", form.contact() != null ? form.contact() : notGiven);
            variables.put("request", form.request() != null ? form.request() : notGiven);
        }
        List<Reply> replies = new ArrayList<>(lines.size());
        for (Line line : lines) {
            List<String> quickReplies = line.quickReplyScripts().stream()
                    .map(option -> scripts.render(option, lang, variables))
                    .toList();
            String text = line.text() != null ? line.text() : scripts.render(line.script(), lang, channel, variables);
            replies.add(new Reply(text, quickReplies));
        }
        return replies;
    }

    private static List<TranscriptEntry> transcript(
            InboundMessage message, TriageResult triage, List<Reply> replies, Instant now) {
        List<TranscriptEntry> entries = new ArrayList<>(1 + replies.size());
        entries.add(TranscriptEntry.customer(message.text(), message.receivedAt(), message.messageId(), triage));
        for (Reply reply : replies) {
            entries.add(TranscriptEntry.bot(reply.text(), now));
        }
        return entries;
    }

    /** {@code String.format("%.2f")} without a number format made per message. */
    static String twoDecimals(double value) {
        long hundredths = Math.round(value * 100);
        long rest = Math.abs(hundredths % 100);
        return (hundredths < 0 ? "-" : "") + Math.abs(hundredths / 100) + "." + (rest < 10 ? "0" : "") + rest;
    }
}
