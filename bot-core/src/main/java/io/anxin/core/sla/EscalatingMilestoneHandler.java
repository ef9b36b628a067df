package io.anxin.core.sla;

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
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * A {@link MilestoneHandler} that tells the supervisor through the {@link EscalationLog}: a warning as a
 * non-urgent notice with reason {@code warning:<milestone>}, a breach as an urgent one with reason
 * {@code breach:<milestone>}, after which the pack's {@link BreachRule} may raise the complaint's grade (an
 * audit event {@code grade:breach:<milestone>} by {@code sla}).
 *
 * <ul>
 *   <li>A confidential (whistle-blowing) ticket is seen by compliance alone (003 §7(二)): its notices go to
 *       {@link Role#COMPLIANCE} instead of the supervisor.</li>
 *   <li>A timer whose milestone the ticket has already met (the ticket moved on and the timer was not
 *       cancelled), or whose ticket does not exist, does nothing.</li>
 *   <li>Idempotent: the notice's message id is {@code timer:<timer id>}, which readers of the log
 *       de-duplicate on, and the grade is raised to a floor.</li>
 * </ul>
 */
public final class EscalatingMilestoneHandler implements MilestoneHandler {

    /** Who the audit trail says changed a grade on a breach. */
    public static final String BY = "sla";

    private static final Logger log = LoggerFactory.getLogger(EscalatingMilestoneHandler.class);

    private final TicketStore tickets;
    private final EscalationLog escalations;
    private final BreachRule rule;
    private final Clock clock;

    public EscalatingMilestoneHandler(TicketStore tickets, EscalationLog escalations, BreachRule rule, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.escalations = Objects.requireNonNull(escalations, "escalations");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<Void> warning(Timer timer) {
        return stillRunning(timer).flatMap(ticket -> tell(ticket, timer, false)).then();
    }

    @Override
    public Mono<Void> breached(Timer timer) {
        return stillRunning(timer)
                .flatMap(ticket -> tell(ticket, timer, true).then(applyRule(ticket, timer)))
                .then();
    }

    /** The timer's ticket, if it exists and has not met the timer's milestone yet. */
    private Mono<Ticket> stillRunning(Timer timer) {
        return tickets.find(timer.ticket())
                .switchIfEmpty(Mono.fromRunnable(() -> log.warn("timer {} fired for a ticket that does not exist", timer.id())))
                .filter(ticket -> {
                    boolean met = timer.milestone().isMetBy(ticket.status());
                    if (met) {
                        log.info("timer {} ignored: ticket {} is {}, the milestone is met", timer.id(), ticket.number(),
                                ticket.status());
                    }
                    return !met;
                });
    }

    private Mono<Ticket> tell(Ticket ticket, Timer timer, boolean urgent) {
        Role role = ticket.confidential() ? Role.COMPLIANCE : Role.SUPERVISOR;
        EscalationNotice notice = new EscalationNotice(new Escalation(role, timer.reason(), urgent),
                ticket.conversationId(), "timer:" + timer.id(), ticket.number().toString(), clock.instant());
        return escalations.record(notice).thenReturn(ticket);
    }

    private Mono<Void> applyRule(Ticket ticket, Timer timer) {
        Optional<Grade> raised = rule.gradeAfter(timer.milestone(), ticket.grade());
        if (raised.isEmpty() || ticket.type() != Intent.COMPLAINT) { // suggestions and inquiries stay at grade 4
            return Mono.empty();
        }
        Ticket changed = ticket.regraded(raised.get());
        return tickets.amend(ticket, changed, new TicketEvent("grade:" + timer.reason(), BY, clock.instant()));
    }
}
