package io.anxin.core.desk;

import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.Ticket;
import java.util.Objects;

/**
 * Who sees and does what (issue 5 item 9). A confidential (whistle-blowing) ticket exists for
 * compliance alone (003 §7(二)); agents and supervisors handle every other ticket; a department
 * sees the tickets whose responsible department is its own. Compliance also sees the rest: it
 * audits the handling of fraud and asset-safety complaints that are not whistle-blowing.
 */
final class TicketAccess {

    private TicketAccess() {}

    static boolean sees(Staff who, Ticket ticket) {
        if (ticket.confidential()) {
            return who.has(StaffRole.COMPLIANCE);
        }
        if (handlesAll(who)) {
            return true;
        }
        return who.has(StaffRole.DEPARTMENT) && Objects.equals(who.department(), ticket.form().responsibleDepartment());
    }

    /** Which tickets a list shows this member of staff, before any filter they choose. */
    static IndexQuery.Scope scope(Staff who) {
        if (who.has(StaffRole.COMPLIANCE)) {
            return new IndexQuery.Scope(true, null);
        }
        return new IndexQuery.Scope(false, handlesAll(who) ? null : who.department());
    }

    /** A department handles what it is given: it does not hand a ticket on to another department. */
    static void requireMayFill(Staff who, FormField field) {
        if (!handlesAll(who) && field == FormField.RESPONSIBLE_DEPARTMENT) {
            throw new NotPermittedException("a department user cannot change the responsible department;"
                    + " ask an agent or the supervisor to forward the ticket");
        }
    }

    /** A re-complaint is the customer's, received by an agent, not something a department files. */
    static void requireMayReComplain(Staff who) {
        if (!handlesAll(who)) {
            throw new NotPermittedException("a re-complaint is registered by an agent or the supervisor, not by a department");
        }
    }

    /** The grade is the service desk's judgement of severity, not the handling department's. */
    static void requireMayRaiseGrade(Staff who) {
        if (!handlesAll(who)) {
            throw new NotPermittedException("a grade is raised by an agent or the supervisor, not by a department");
        }
    }

    private static boolean handlesAll(Staff who) {
        return who.has(StaffRole.AGENT) || who.has(StaffRole.SUPERVISOR) || who.has(StaffRole.COMPLIANCE);
    }
}
