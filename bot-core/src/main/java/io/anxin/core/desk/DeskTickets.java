package io.anxin.core.desk;

import io.anxin.core.lifecycle.ExtendResolution;
import io.anxin.core.lifecycle.MoveTicket;
import io.anxin.core.lifecycle.ReComplain;
import io.anxin.core.lifecycle.UnknownTicketException;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The desk's use cases on tickets, each behind the role check of {@link TicketAccess}. A ticket the
 * member of staff may not see is reported as unknown ({@link UnknownTicketException}), never as
 * forbidden, so its existence is not revealed; every read of a confidential ticket is recorded in
 * the {@link AccessAudit}; every change carries the member of staff's id in the audit trail.
 */
public final class DeskTickets {

    /** A page larger than this is refused: a desk shows pages, it does not export the register. */
    public static final int MAX_PAGE_SIZE = 100;

    private final TicketStore tickets;
    private final TicketIndex index;
    private final AccessAudit audit;
    private final MoveTicket move;
    private final ExtendResolution extension;
    private final ReComplain reComplaint;
    private final Departments departments;
    private final Clock clock;

    public DeskTickets(TicketStore tickets, TicketIndex index, AccessAudit audit, MoveTicket move,
            ExtendResolution extension, ReComplain reComplaint, Departments departments, Clock clock) {
        this.tickets = tickets;
        this.index = index;
        this.audit = audit;
        this.move = move;
        this.extension = extension;
        this.reComplaint = reComplaint;
        this.departments = departments;
        this.clock = clock;
    }

    /** The tickets matching {@code filter} that {@code who} may see, newest first. */
    public Mono<TicketPage> list(Staff who, TicketFilter filter, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_PAGE_SIZE + ", was " + size);
        }
        IndexQuery query = new IndexQuery(filter, TicketAccess.scope(who), (long) page * size, size);
        return index.newestFirst(query).flatMap(found -> Flux.fromIterable(found.numbers())
                .concatMap(tickets::find)
                // the index is updated just after the ticket; the ticket itself has the last word
                .filter(ticket -> TicketAccess.sees(who, ticket))
                .concatMap(ticket -> audited(who, "listed", ticket))
                .map(ticket -> TicketAccess.shownTo(who, ticket))
                .collectList()
                .map(items -> new TicketPage(items, page, size, found.total())));
    }

    /** The ticket with its audit trail. */
    public Mono<TicketRecord> view(Staff who, TicketNumber number) {
        return visible(who, number)
                .flatMap(ticket -> audited(who, "read", ticket))
                .flatMap(ticket -> tickets.events(number).collectList()
                        .map(events -> new TicketRecord(TicketAccess.shownTo(who, ticket), events)));
    }

    /** One step of the procedure; {@code IllegalTransitionException} if it does not allow it. */
    public Mono<Ticket> move(Staff who, TicketNumber number, TicketStatus target, @Nullable String note) {
        return visible(who, number).flatMap(ticket -> move.move(number, target, who.id(), note));
    }

    /**
     * Fills form fields, with one audit event per field that changes ({@code form.<field>: <value>});
     * a field given its current value again changes nothing.
     *
     * @throws IllegalArgumentException (as an error signal) for a field of another ticket type or a bad value
     */
    public Mono<Ticket> fill(Staff who, TicketNumber number, Map<FormField, String> values) {
        if (values.isEmpty()) {
            return Mono.error(new IllegalArgumentException("name at least one form field to fill in"));
        }
        return visible(who, number).flatMap(ticket -> {
            Instant now = clock.instant();
            ComplaintForm form = ticket.form();
            List<TicketEvent> events = new ArrayList<>();
            for (Map.Entry<FormField, String> entry : values.entrySet()) {
                FormField field = entry.getKey();
                if (!field.appliesTo(ticket.type())) {
                    return Mono.error(new IllegalArgumentException(field.label() + " is not a field of a "
                            + ticket.type().label() + " (" + number + ")"));
                }
                TicketAccess.requireMayFill(who, field);
                ComplaintForm changed = form.with(field, entry.getValue());
                if (field == FormField.RESPONSIBLE_DEPARTMENT) {
                    departments.requireKnown(changed.responsibleDepartment());
                }
                if (!Objects.equals(changed.get(field), form.get(field))) {
                    events.add(new TicketEvent("form." + field.label() + ": " + changed.get(field), who.id(), now));
                    form = changed;
                }
            }
            if (events.isEmpty()) {
                return Mono.just(ticket);
            }
            Ticket filled = ticket.withForm(form);
            return tickets.amend(ticket, filled, events).thenReturn(filled);
        });
    }

    /** Extends a complaint's resolution once, for a reason (003 §5(四)). */
    public Mono<Ticket> extend(Staff who, TicketNumber number, String reason) {
        return visible(who, number).flatMap(ticket -> extension.extend(number, reason, who.id()));
    }

    /** Registers the customer's rejection of a resolved complaint's outcome as a new complaint (000 part 5 §17(七)). */
    public Mono<Ticket> reComplain(Staff who, TicketNumber number, String words) {
        return visible(who, number).flatMap(ticket -> {
            TicketAccess.requireMayReComplain(who);
            return reComplaint.reComplain(number, words, who.id());
        });
    }

    /**
     * Raises a complaint's grade for a fact triage cannot see (000 part 1 §3: unresolved over a month through our
     * fault is 2; needing other departments is 3), with the reason in the audit trail. A grade only rises with the
     * facts: lowering one is refused, and so is grading a suggestion or an inquiry.
     */
    public Mono<Ticket> raiseGrade(Staff who, TicketNumber number, Grade grade, String reason) {
        if (reason.isBlank()) {
            return Mono.error(new IllegalArgumentException("say why the grade rises in 'reason'"));
        }
        return visible(who, number).flatMap(ticket -> {
            TicketAccess.requireMayRaiseGrade(who);
            if (ticket.type() != Intent.COMPLAINT) {
                return Mono.error(new IllegalStateException("only a complaint is graded, not " + number));
            }
            if (grade.level() >= ticket.grade().level()) {
                return Mono.error(new IllegalStateException("ticket " + number + " is grade " + ticket.grade().level()
                        + ": a grade only rises (to a smaller number), never to " + grade.level()));
            }
            Ticket raised = ticket.regraded(grade);
            return tickets.amend(ticket, raised, new TicketEvent("grade:" + grade.level() + " " + reason.strip(), who.id(),
                    clock.instant())).thenReturn(raised);
        });
    }

    /** The ticket if {@code who} may see it; to anyone else it does not exist. */
    private Mono<Ticket> visible(Staff who, TicketNumber number) {
        return tickets.find(number)
                .filter(ticket -> TicketAccess.sees(who, ticket))
                .switchIfEmpty(Mono.error(() -> new UnknownTicketException(number)));
    }

    private Mono<Ticket> audited(Staff who, String what, Ticket ticket) {
        if (!ticket.confidential()) {
            return Mono.just(ticket);
        }
        return audit.record(new AccessAudit.Access(who.id(), what, ticket.number(), clock.instant())).thenReturn(ticket);
    }
}
