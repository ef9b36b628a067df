package io.anxin.core.ticket;

import org.jspecify.annotations.Nullable;

/**
 * The complaint form (客户投诉处理单, 000 part 5 annex 1), filled in as the ticket moves. The date,
 * channel and content are the ticket's own fields; the rest starts empty and is completed by the
 * receiving agent and the responsible department.
 *
 * @param accountNumber         the customer's account or order number, if given
 * @param customerName          the customer's name, if given
 * @param receivingAgent        who received it: the bot, or the agent who took over
 * @param summary               summary of events
 * @param responsibleDepartment department the complaint is forwarded to
 * @param responsiblePerson     person in that department
 * @param factsEstablished      facts the department established
 * @param correctiveMeasures    what was changed so it does not happen again
 * @param satisfaction          the customer's satisfaction with the outcome
 */
public record ComplaintForm(
        @Nullable String accountNumber,
        @Nullable String customerName,
        String receivingAgent,
        @Nullable String summary,
        @Nullable String responsibleDepartment,
        @Nullable String responsiblePerson,
        @Nullable String factsEstablished,
        @Nullable String correctiveMeasures,
        @Nullable String satisfaction) {

    /** A form just received by the bot: nothing known yet but who received it. */
    public static ComplaintForm receivedBy(String receivingAgent) {
        return new ComplaintForm(null, null, receivingAgent, null, null, null, null, null, null);
    }
}
