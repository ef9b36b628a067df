package io.anxin.core.followup;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.dialog.Scripts;
import io.anxin.core.handoff.Escalation;
import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.handoff.EscalationNotice;
import io.anxin.core.handoff.Role;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.script.ScriptLibrary;
import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Use cases of the follow-up (回访, 003 §6(五); 001: satisfaction in two scores): ask the customer on their own
 * channel once their complaint is resolved, record their answer, archive a satisfied or average one, and give a
 * dissatisfied one a supervisor's call-back within 7 days and the choice to complain again.
 */
public final class FollowUp {

    /** Who the audit trail says recorded an answer the customer gave the bot. */
    public static final String BY = "anxin-bot";

    private static final String ASK = Scripts.FOLLOW_UP_ASK;
    private static final String THANKS = Scripts.FOLLOW_UP_THANKS;
    private static final String CALL_BACK = Scripts.FOLLOW_UP_CALL_BACK;

    /** 001: a dissatisfied customer is called back within 7 days. */
    public static final Duration CALL_BACK_WITHIN = Duration.ofDays(7);

    private final TicketStore tickets;
    private final ConversationStore conversations;
    private final SurveyStore surveys;
    private final CallbackTasks callbacks;
    private final Outbox outbox;
    private final EscalationLog escalations;
    private final MilestoneTimers timers;
    private final ScriptLibrary scripts;
    private final Clock clock;

    public FollowUp(TicketStore tickets, ConversationStore conversations, SurveyStore surveys, CallbackTasks callbacks,
            Outbox outbox, EscalationLog escalations, MilestoneTimers timers, ScriptLibrary scripts, Clock clock) {
        this.tickets = tickets;
        this.conversations = conversations;
        this.surveys = surveys;
        this.callbacks = callbacks;
        this.outbox = outbox;
        this.escalations = escalations;
        this.timers = timers;
        this.scripts = scripts;
        this.clock = clock;
    }

    /** Asks the customer of a resolved complaint for their two scores, once, on their channel. */
    public Mono<Void> ask(Ticket resolved) {
        if (resolved.type() != Intent.COMPLAINT || resolved.status() != TicketStatus.RESOLVED) {
            return Mono.empty();
        }
        return conversations.find(resolved.conversationId()).flatMap(conversation -> {
            String text = scripts.render(ASK, resolved.lang(), conversation.channel(),
                    Map.of("ticket", resolved.number().toString()));
            OutboundMessage survey = OutboundMessage.toCustomer("survey:" + resolved.number(), "survey", conversation.id(),
                    conversation.channel(), conversation.customerId(), resolved.lang(), List.of(Reply.text(text)),
                    clock.instant());
            return surveys.asked(conversation.id(), resolved.number()).then(outbox.post(survey));
        }).then();
    }

    /** The ticket whose survey this conversation waits for, if any. */
    public Mono<TicketNumber> pending(ConversationId conversation) {
        return surveys.pending(conversation);
    }

    /**
     * Records the customer's scores on the ticket and moves it on: followed up, then archived unless the customer
     * is dissatisfied, in which case a call-back task due in 7 days is opened and the supervisor told. Recording
     * the same answer again (a retried message) changes nothing.
     *
     * @return the script that answers the customer
     */
    public Mono<String> answer(TicketNumber number, Satisfaction satisfaction) {
        Instant now = clock.instant();
        return tickets.find(number).flatMap(ticket -> {
            boolean dissatisfied = satisfaction.level() == Satisfaction.Level.DISSATISFIED;
            String reply = dissatisfied ? CALL_BACK : THANKS;
            if (ticket.status() != TicketStatus.RESOLVED) {
                return Mono.just(reply);
            }
            Ticket followedUp = ticket.withForm(ticket.form().withSatisfaction(satisfaction.asRecorded()))
                    .movedTo(TicketStatus.FOLLOWED_UP);
            Mono<Void> recorded = tickets.amend(ticket, followedUp,
                            new TicketEvent("status:FOLLOWED_UP satisfaction " + satisfaction.asRecorded(), BY, now))
                    .then(timers.cancelMet(followedUp, now));
            if (!dissatisfied) {
                return recorded.then(archive(followedUp, followedUp, "satisfaction " + satisfaction.level().name().toLowerCase(), now))
                        .thenReturn(reply);
            }
            CallbackTask task = new CallbackTask(number, ticket.conversationId(), satisfaction.asRecorded(), now,
                    now.plus(CALL_BACK_WITHIN));
            Role role = ticket.confidential() ? Role.COMPLIANCE : Role.SUPERVISOR;
            EscalationNotice notice = new EscalationNotice(new Escalation(role, "dissatisfied", false),
                    ticket.conversationId(), "call-back:" + number, number.toString(), now);
            return recorded.then(callbacks.open(task)).then(escalations.record(notice)).thenReturn(reply);
        });
    }

    /**
     * The complaint whose outcome this customer said they were dissatisfied with, while its call-back is still
     * open: a new complaint from them now is a re-complaint of it (000 part 5 §17(七)).
     */
    public Mono<Ticket> rejectedOutcome(@Nullable Ticket last) {
        if (last == null || last.type() != Intent.COMPLAINT || last.status() != TicketStatus.FOLLOWED_UP) {
            return Mono.empty();
        }
        return Mono.just(last).filterWhen(t -> callbacks.isOpen(t.number()));
    }

    /** Ends the survey of {@code number} in this conversation: answered, or its window closed. */
    public Mono<Void> close(ConversationId conversation, TicketNumber number) {
        return surveys.close(conversation, number);
    }

    /**
     * The survey window closed unanswered: the ticket is archived with "no answer" as its satisfaction (the
     * seeds archive a complaint whose customer does not reply; nobody is chased).
     *
     * @return whether it was archived (false: it had moved on already)
     */
    public Mono<Boolean> expire(TicketNumber number) {
        Instant now = clock.instant();
        return tickets.find(number)
                .filter(ticket -> ticket.status() == TicketStatus.RESOLVED)
                .flatMap(ticket -> {
                    Ticket unanswered = ticket.withForm(ticket.form().withSatisfaction("no answer"));
                    return archive(ticket, unanswered, "survey unanswered", now)
                            .then(surveys.close(ticket.conversationId(), number))
                            .thenReturn(true);
                })
                .defaultIfEmpty(false);
    }

    /** Marks the call-back done and archives the ticket it was for. */
    public Mono<Boolean> calledBack(TicketNumber number, String by, String outcome) {
        Instant now = clock.instant();
        return callbacks.done(number, by, now).flatMap(done -> !done ? Mono.just(false)
                : tickets.find(number)
                        .filter(t -> t.status() == TicketStatus.FOLLOWED_UP)
                        .flatMap(t -> tickets.amend(t, t.movedTo(TicketStatus.ARCHIVED),
                                new TicketEvent("status:ARCHIVED called back: " + outcome.strip(), by, now)))
                        .thenReturn(true));
    }

    /** Archives {@code changed}, the ticket as read ({@code read}) with any last changes. */
    private Mono<Void> archive(Ticket read, Ticket changed, String why, Instant now) {
        Ticket archived = changed.movedTo(TicketStatus.ARCHIVED);
        return tickets.amend(read, archived, new TicketEvent("status:ARCHIVED " + why, BY, now))
                .then(timers.cancelMet(archived, now));
    }
}
