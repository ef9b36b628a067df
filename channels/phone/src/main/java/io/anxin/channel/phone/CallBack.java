package io.anxin.channel.phone;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.followup.CallbackTask;
import io.anxin.core.followup.CallbackTasks;
import io.anxin.core.message.Channel;
import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * A call the bot could not finish and a person must return: a voice message left out of hours, or a caller who hung
 * up while waiting for an agent. The call's ticket (the one its conversation opened, or else one registered here, as
 * an inquiry whose content says what happened) gets a call-back task due at the close of the next working day, which
 * is what the caller is promised (003 §6: contact within the limit), so it shows on the supervisors' call-back list.
 * Idempotent: a retried webhook registers the same ticket and opens no second task.
 */
final class CallBack {

    /** Who registers the tickets the hotline opens itself (the complaint form's receiving agent). */
    static final String RECEIVED_BY = "anxin-phone";

    private final CallLog calls;
    private final ConversationStore conversations;
    private final TicketStore tickets;
    private final MilestoneTimers milestones;
    private final CallbackTasks callbacks;
    private final BusinessCalendar calendar;
    private final Clock clock;

    CallBack(CallLog calls, ConversationStore conversations, TicketStore tickets, MilestoneTimers milestones,
            CallbackTasks callbacks, BusinessCalendar calendar, Clock clock) {
        this.calls = calls;
        this.conversations = conversations;
        this.tickets = tickets;
        this.milestones = milestones;
        this.callbacks = callbacks;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The working day a person calls back on: today while the working day is still ahead, else the next one. */
    LocalDate callBackDay(Instant now) {
        return LocalDate.ofInstant(calendar.nextWorkingMoment(now), calendar.zone());
    }

    /**
     * Opens the call-back for the call.
     *
     * @param content what the ticket says when the call has none of its own yet
     * @param reason  what the supervisor should know before calling
     * @return the ticket the caller is called back about
     */
    Mono<Ticket> open(Call call, String content, String reason) {
        Instant now = clock.instant();
        Instant due = calendar.closeOfBusiness(callBackDay(now));
        Mono<Ticket> own = Mono.justOrEmpty(call.ticket()).map(TicketNumber::parse).flatMap(tickets::find)
                .switchIfEmpty(Mono.defer(() -> register(call, content, now, due)));
        return own.flatMap(ticket -> callbacks.open(new CallbackTask(ticket.number(), ticket.conversationId(), reason,
                        now, due.isBefore(now) ? now : due))
                .thenReturn(ticket));
    }

    private Mono<Ticket> register(Call call, String content, Instant now, Instant due) {
        // a number drawn by an earlier attempt is used again: a retry leaves no gap in the month's serials
        Mono<String> drawnOnce = calls.ownTicketOf(call.sid()).switchIfEmpty(Mono.defer(() -> tickets
                .nextNumber(Intent.INQUIRY, YearMonth.from(now.atZone(calendar.zone())))
                .flatMap(drawn -> calls.ownTicket(call.sid(), drawn.toString()))));
        return conversations.idFor(Channel.PHONE, call.customerId()).flatMap(conversation -> drawnOnce
                .map(TicketNumber::parse)
                .flatMap(number -> tickets.find(number).switchIfEmpty(Mono.defer(() -> {
                    Ticket ticket = ticket(number, conversation, call, content, now, due);
                    return tickets.register(ticket).then(milestones.scheduleAtAcceptance(ticket)).thenReturn(ticket);
                }))))
                .flatMap(ticket -> calls.ticket(call.sid(), ticket.number().toString(), ticket.dueBy()).thenReturn(ticket));
    }

    private static Ticket ticket(TicketNumber number, ConversationId conversation, Call call, String content, Instant now,
            Instant due) {
        return new Ticket(number, TicketStatus.ACCEPTED, Grade.FOUR, conversation, Channel.PHONE, call.lang(), content,
                null, Set.of(), ComplaintForm.receivedBy(RECEIVED_BY).withContact(call.caller()), now,
                due.isBefore(now) ? now : due);
    }
}
