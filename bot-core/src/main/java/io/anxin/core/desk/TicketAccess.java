package io.anxin.core.desk;

import io.anxin.core.privacy.PersonalData;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.Ticket;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

    /**
     * The ticket as {@code who} is shown it. A department user (and nobody else) sees the customer's words and the
     * account number with phone, ID, card and account numbers, e-mail addresses and street addresses masked: the
     * department finds the facts in its own systems and reaches the customer through the contact field, which it
     * needs to make first contact within 24 hours (003 §6(三)) and which stays in clear, as does the name it
     * addresses them by. Agents, supervisors and compliance talk to the customer and check identities: they see
     * everything (whistle-blowers' tickets only compliance, above).
     */
    static Ticket shownTo(Staff who, Ticket ticket) {
        if (handlesAll(who)) {
            return ticket;
        }
        ComplaintForm f = ticket.form();
        ComplaintForm masked = new ComplaintForm(maskedAccount(f.accountNumber()), f.customerName(), f.contact(),
                f.receivingAgent(), masked(f.summary()), masked(f.request()), f.responsibleDepartment(),
                f.responsiblePerson(), f.factsEstablished(), f.correctiveMeasures(), f.actionOnStaff(), f.satisfaction(),
                f.leaderDecision(), f.adopted(), f.answer());
        return new Ticket(ticket.number(), ticket.status(), ticket.grade(), ticket.conversationId(), ticket.channel(),
                ticket.lang(), PersonalData.mask(ticket.content()), ticket.category(), ticket.flags(), masked,
                ticket.createdAt(), ticket.dueBy(), ticket.extensionReason(), ticket.reComplaintOf());
    }

    private static @Nullable String masked(@Nullable String text) {
        return text == null ? null : PersonalData.mask(text);
    }

    /** All but the last four characters: enough to match it with the customer on the phone, not to use it. */
    private static @Nullable String maskedAccount(@Nullable String account) {
        if (account == null || account.length() <= 4) {
            return account == null ? null : "*".repeat(account.length());
        }
        return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }

    private static boolean handlesAll(Staff who) {
        return who.has(StaffRole.AGENT) || who.has(StaffRole.SUPERVISOR) || who.has(StaffRole.COMPLIANCE);
    }
}
