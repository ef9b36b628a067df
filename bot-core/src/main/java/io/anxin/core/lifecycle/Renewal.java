package io.anxin.core.lifecycle;

import io.anxin.core.routing.Department;
import io.anxin.core.routing.DepartmentId;
import io.anxin.core.routing.Routing;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Grading;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketStore;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * What a re-complaint (000 part 5 §17(七)) takes from the complaint it renews, wherever it is made
 * (by the customer in chat, by an agent at the desk): the old form attached, the department above the one whose
 * outcome was rejected, and a grade no lower than the old one, at least 3 on the third complaint.
 */
public final class Renewal {

    /** How far back a chain of re-complaints is followed: far more than any real matter has. */
    private static final int MAX_CHAIN = 20;

    private final TicketStore tickets;
    private final Routing routing;

    public Renewal(TicketStore tickets, Routing routing) {
        this.tickets = tickets;
        this.routing = routing;
    }

    /** The new form: received by {@code by}, naming the old ticket and the department it now goes to. */
    public ComplaintForm form(Ticket previous, String by) {
        ComplaintForm form = ComplaintForm.receivedBy(by).withSummaryAdded("re-complaint of " + previous.number());
        String department = departmentAbove(previous);
        return department == null ? form : form.withResponsibleDepartment(department);
    }

    /** The grade of the re-complaint, given the grade its own words earned. */
    public Mono<Grade> grade(Ticket previous, Grade own) {
        return complaintsUpTo(previous).map(before -> Grading.ofReComplaint(previous.grade(), own, before + 1));
    }

    /** How many complaints the matter had up to and including {@code ticket}, following re-complaint links. */
    private Mono<Integer> complaintsUpTo(Ticket ticket) {
        return Mono.just(ticket)
                .expand(t -> t.reComplaintOf() == null ? Mono.empty() : tickets.find(t.reComplaintOf()))
                .take(MAX_CHAIN)
                .count()
                .map(Long::intValue);
    }

    /** The superior of the department that handled it, or that department at the top, or none if it named none. */
    private @Nullable String departmentAbove(Ticket previous) {
        String handled = previous.form().responsibleDepartment();
        if (handled == null || !DepartmentId.isValid(handled)) {
            return null;
        }
        return routing.department(new DepartmentId(handled))
                .map(d -> routing.superiorOf(d).orElse(d))
                .map(Department::id).map(DepartmentId::value)
                .orElse(handled);
    }
}
