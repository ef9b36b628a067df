package io.anxin.core.ticket;

import org.jspecify.annotations.Nullable;

/**
 * The complaint form (客户投诉处理单, 000 part 5 annex 1), filled in as the ticket moves. The date,
 * channel and content are the ticket's own fields; the rest starts empty and is completed by the
 * receiving agent and the responsible department.
 *
 * @param accountNumber         the customer's account or order number, if given
 * @param customerName          the customer's name, if given
 * @param contact               how to reach the customer, where the channel does not tell us
 * @param receivingAgent        who received it: the bot, or the agent who took over
 * @param summary               summary of events: what happened and when, in the customer's words
 * @param request               what the customer would like us to do (000 part 2)
 * @param responsibleDepartment department the complaint is forwarded to
 * @param responsiblePerson     person in that department
 * @param factsEstablished      facts the department established
 * @param correctiveMeasures    what was changed so it does not happen again
 * @param satisfaction          the customer's satisfaction with the outcome
 */
public record ComplaintForm(
        @Nullable String accountNumber,
        @Nullable String customerName,
        @Nullable String contact,
        String receivingAgent,
        @Nullable String summary,
        @Nullable String request,
        @Nullable String responsibleDepartment,
        @Nullable String responsiblePerson,
        @Nullable String factsEstablished,
        @Nullable String correctiveMeasures,
        @Nullable String satisfaction) {

    /** A form just received by the bot: nothing known yet but who received it. */
    public static ComplaintForm receivedBy(String receivingAgent) {
        return new ComplaintForm(null, null, null, receivingAgent, null, null, null, null, null, null, null);
    }

    public ComplaintForm withAccountNumber(String value) {
        return new ComplaintForm(value, customerName, contact, receivingAgent, summary, request, responsibleDepartment,
                responsiblePerson, factsEstablished, correctiveMeasures, satisfaction);
    }

    /** The summary with {@code words} added: customers tell their story over several messages. */
    public ComplaintForm withSummaryAdded(String words) {
        String joined = summary == null ? words : summary + "\n" + words;
        return new ComplaintForm(accountNumber, customerName, contact, receivingAgent, joined, request, responsibleDepartment,
                responsiblePerson, factsEstablished, correctiveMeasures, satisfaction);
    }

    public ComplaintForm withContact(String value) {
        return new ComplaintForm(accountNumber, customerName, value, receivingAgent, summary, request, responsibleDepartment,
                responsiblePerson, factsEstablished, correctiveMeasures, satisfaction);
    }

    public ComplaintForm withRequest(String value) {
        return new ComplaintForm(accountNumber, customerName, contact, receivingAgent, summary, value, responsibleDepartment,
                responsiblePerson, factsEstablished, correctiveMeasures, satisfaction);
    }

    public ComplaintForm withSatisfaction(String value) {
        return new ComplaintForm(accountNumber, customerName, contact, receivingAgent, summary, request, responsibleDepartment,
                responsiblePerson, factsEstablished, correctiveMeasures, value);
    }

    public ComplaintForm withResponsibleDepartment(String value) {
        return new ComplaintForm(accountNumber, customerName, contact, receivingAgent, summary, request, value,
                responsiblePerson, factsEstablished, correctiveMeasures, satisfaction);
    }
}
