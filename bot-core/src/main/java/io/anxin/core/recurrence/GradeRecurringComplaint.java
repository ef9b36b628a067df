package io.anxin.core.recurrence;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.handoff.Escalation;
import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.handoff.EscalationNotice;
import io.anxin.core.handoff.Role;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: when a complaint is registered, look for the same complaint (see {@link SameComplaint}) from other
 * customers within the last month, and if at least three customers have made it, raise every open one of them
 * to grade 2 (000 part 1 §3: 同一投诉一个月内有3个或以上不同客户投诉) and tell the supervisor once.
 *
 * <p>Customers are told apart by conversation: the same customer complaining again counts once. The new
 * complaint is indexed before the month is read, so of two complaints registered at the same moment the later
 * reader sees the other. Running it again (a retried message) changes nothing: the grade is raised to a floor
 * and the notice carries the ticket number as its message id.
 */
public final class GradeRecurringComplaint {

    /** Who the audit trail says raised the grade. */
    public static final String BY = "recurrence";

    /** 000 part 1 §3: "within a month". */
    static final Duration MONTH = Duration.ofDays(30);

    /** 000 part 1 §3: three or more different customers. */
    static final int CUSTOMERS = 3;

    private final ComplaintIndex index;
    private final TicketStore tickets;
    private final EscalationLog escalations;
    private final Clock clock;

    public GradeRecurringComplaint(ComplaintIndex index, TicketStore tickets, EscalationLog escalations, Clock clock) {
        this.index = index;
        this.tickets = tickets;
        this.escalations = escalations;
        this.clock = clock;
    }

    /** @return the complaint as it stands afterwards: regraded if it is the third customer's */
    public Mono<Ticket> afterRegistration(Ticket complaint) {
        if (complaint.type() != Intent.COMPLAINT || complaint.category() == null) {
            return Mono.just(complaint);
        }
        return index.add(complaint.category(), complaint.number(), complaint.createdAt())
                .thenMany(index.acceptedBetween(complaint.category(), complaint.createdAt().minus(MONTH), complaint.createdAt()))
                .filter(number -> !number.equals(complaint.number()))
                // The month first, then its tickets: finding tickets from inside the streaming reply of the
                // range on the same connection stalled until the command timeout.
                .collectList()
                .flatMapMany(numbers -> Flux.fromIterable(numbers).concatMap(tickets::find))
                .filter(other -> SameComplaint.test(complaint, other))
                .collectList()
                .flatMap(same -> {
                    Set<ConversationId> customers = new HashSet<>();
                    customers.add(complaint.conversationId());
                    same.forEach(t -> customers.add(t.conversationId()));
                    if (customers.size() < CUSTOMERS) {
                        return Mono.just(complaint);
                    }
                    List<Ticket> all = new ArrayList<>(same);
                    all.add(complaint);
                    return raise(all, complaint, customers.size());
                });
    }

    private Mono<Ticket> raise(List<Ticket> all, Ticket complaint, int customers) {
        String numbers = all.stream().map(t -> t.number().toString()).sorted().collect(Collectors.joining(","));
        String why = "grade:2 same complaint from " + customers + " customers within a month: " + numbers;
        return Flux.fromIterable(all)
                .filter(t -> t.status().isOpen() && t.grade().level() > Grade.TWO.level())
                .concatMap(t -> {
                    Ticket raised = t.regraded(Grade.TWO);
                    return tickets.amend(t, raised, new TicketEvent(why, BY, clock.instant())).thenReturn(raised);
                })
                .collectList()
                .flatMap(raised -> {
                    Ticket now = raised.stream().filter(t -> t.number().equals(complaint.number())).findFirst()
                            .orElse(complaint);
                    if (raised.isEmpty()) {
                        return Mono.just(now);
                    }
                    Role role = complaint.confidential() ? Role.COMPLIANCE : Role.SUPERVISOR;
                    EscalationNotice notice = new EscalationNotice(new Escalation(role, "recurring_complaint", false),
                            complaint.conversationId(), "recurring:" + complaint.number(), numbers, clock.instant());
                    return escalations.record(notice).thenReturn(now);
                });
    }
}
