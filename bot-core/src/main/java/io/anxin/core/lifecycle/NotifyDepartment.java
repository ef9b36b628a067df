package io.anxin.core.lifecycle;

import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.outbox.Recipient;
import io.anxin.core.routing.Department;
import io.anxin.core.routing.DepartmentId;
import io.anxin.core.routing.Routing;
import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: tell the responsible department of a forwarded ticket, with the complaint form, through the outbox
 * (003 §6(二): forwarded within 1 hour with the complaint form). The department is the one the form names, if
 * the pack knows it, or else the one the pack's routing picks, which the form then names.
 */
public final class NotifyDepartment {

    /** The purpose of a notice in confidence: only compliance may read it, even undelivered among the dead letters. */
    public static final String CONFIDENTIAL = "confidential";

    private final TicketStore tickets;
    private final Outbox outbox;
    private final Routing routing;
    private final ZoneId zone;
    private final Clock clock;

    public NotifyDepartment(TicketStore tickets, Outbox outbox, Routing routing, ZoneId zone, Clock clock) {
        this.tickets = tickets;
        this.outbox = outbox;
        this.routing = routing;
        this.zone = zone;
        this.clock = clock;
    }

    /** The department a ticket is forwarded to: the form's, if the pack has it, else routing's choice. */
    public Department departmentOf(Ticket ticket) {
        return named(ticket).orElseGet(() -> routing.departmentFor(ticket.category(), ticket.flags(),
                ticket.form().summary() == null ? ticket.content() : ticket.content() + "\n" + ticket.form().summary()));
    }

    /**
     * Queues the notice (once per ticket: forwarding again after a retry sends nothing more) and names the
     * department on the form.
     *
     * @return the ticket as it stands afterwards
     */
    public Mono<Ticket> forwarded(Ticket ticket, String by) {
        Instant now = clock.instant();
        Department department = departmentOf(ticket);
        OutboundMessage notice = new OutboundMessage("forward:" + ticket.number(), "forward",
                new Recipient.Department(department.id().value(), department.email(), department.webhook(),
                        ComplaintFormText.subject(ticket, department)),
                List.of(Reply.text(ComplaintFormText.render(ticket, department, zone))), now);
        Mono<Ticket> named = department.id().value().equals(ticket.form().responsibleDepartment())
                ? Mono.just(ticket)
                : Mono.defer(() -> {
                    Ticket changed = ticket.withForm(ticket.form().withResponsibleDepartment(department.id().value()));
                    return tickets.amend(ticket, changed, new TicketEvent("form." + FormField.RESPONSIBLE_DEPARTMENT.label()
                            + ": " + department.id().value(), by, now)).thenReturn(changed);
                });
        return named.flatMap(t -> outbox.post(notice).thenReturn(t));
    }

    /**
     * Tells in confidence the departments the pack names for the ticket's flags (e.g. compliance for
     * whistle-blowing, 003 §7(二); 000 part 5 §19), at once on registration, without the sender's identity.
     * Once per ticket and department.
     */
    public Mono<Ticket> confidential(Ticket ticket) {
        Instant now = clock.instant();
        return Flux.fromIterable(routing.confidentialFor(ticket.flags()).departments())
                .concatMap(department -> outbox.post(new OutboundMessage(
                        "confidential:" + ticket.number() + ":" + department.id().value(), CONFIDENTIAL,
                        new Recipient.Department(department.id().value(), department.email(), department.webhook(),
                                "保密 Confidential " + ComplaintFormText.subject(ticket, department)),
                        List.of(Reply.text(ComplaintFormText.render(ticket, department, zone))), now)))
                .then(Mono.just(ticket));
    }

    private Optional<Department> named(Ticket ticket) {
        String named = ticket.form().responsibleDepartment();
        if (named == null || !DepartmentId.isValid(named)) {
            return Optional.empty();
        }
        return routing.department(new DepartmentId(named));
    }
}
