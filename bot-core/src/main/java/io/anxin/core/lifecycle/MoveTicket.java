package io.anxin.core.lifecycle;

import io.anxin.core.followup.FollowUp;
import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.ticket.IllegalTransitionException;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Moves a ticket one step through the procedure (003 §6): the step is guarded, recorded in the
 * audit trail with who and when, and the milestone timers follow — the timers of milestones the
 * step meets are cancelled; forwarding tells the responsible department with the complaint form; resolving
 * schedules the follow-up (000 part 1 §10: one week) and asks the customer of a complaint for their
 * satisfaction on their channel.
 */
public final class MoveTicket {

    private final TicketStore tickets;
    private final MilestoneTimers timers;
    private final FollowUp followUp;
    private final NotifyDepartment departments;
    private final Clock clock;

    public MoveTicket(TicketStore tickets, MilestoneTimers timers, FollowUp followUp, NotifyDepartment departments,
            Clock clock) {
        this.tickets = tickets;
        this.timers = timers;
        this.followUp = followUp;
        this.departments = departments;
        this.clock = clock;
    }

    /**
     * @param by   who moves it: an agent's or a department's id
     * @param note why, as the audit trail should tell it; may be null
     * @return the moved ticket; an error {@link IllegalTransitionException} if the procedure does not
     *     allow the step, or {@link UnknownTicketException} if there is no such ticket
     */
    public Mono<Ticket> move(TicketNumber number, TicketStatus target, String by, @Nullable String note) {
        Instant now = clock.instant();
        return ExistingTicket.find(tickets, number).flatMap(ticket -> {
            Ticket moved = ticket.movedTo(target);
            String what = "status:" + target.name() + (note == null || note.isBlank() ? "" : " " + note.strip());
            return tickets.amend(ticket, moved, new TicketEvent(what, by, now))
                    .then(timers.cancelMet(moved, now))
                    .then(Mono.defer(() -> switch (target) {
                        case FORWARDED -> departments.forwarded(moved, by);
                        case RESOLVED -> timers.schedule(timers.schedule().followUp(now), number)
                                .then(followUp.ask(moved)).thenReturn(moved);
                        default -> Mono.just(moved);
                    }));
        });
    }
}
