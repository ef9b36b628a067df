package io.anxin.core.ticket;

import org.jspecify.annotations.Nullable;

/**
 * The complaint form (客户投诉处理单, 000 part 5 annex 1), filled in as the ticket moves. The date,
 * channel and content are the ticket's own fields; the rest starts empty and is completed by the
 * receiving agent and the responsible department. Suggestions and inquiries use the same form with
 * their own outcome fields (see {@link FormField}).
 *
 * @param accountNumber         the customer's account or order number, if given
 * @param customerName          the customer's name, if given
 * @param contact               how to reach the customer, where the channel does not tell us
 * @param receivingAgent        who received it: the bot, or the agent who took over
 * @param summary               summary of events: what happened and when, in the customer's words
 * @param request               what the customer would like us to do (000 part 2)
 * @param responsibleDepartment id of the department the ticket is forwarded to
 * @param responsiblePerson     person in that department
 * @param factsEstablished      facts the department established
 * @param correctiveMeasures    what was changed so it does not happen again
 * @param actionOnStaff         what was done about the staff responsible (003 §6(四): 对责任人员的处理)
 * @param satisfaction          the customer's satisfaction with the outcome
 * @param leaderDecision        a suggestion: what the responsible leader decided
 * @param adopted               a suggestion: whether it was adopted
 * @param answer                an inquiry: the answer given to the customer
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
        @Nullable String actionOnStaff,
        @Nullable String satisfaction,
        @Nullable String leaderDecision,
        @Nullable Boolean adopted,
        @Nullable String answer) {

    /** A form just received by the bot: nothing known yet but who received it. */
    public static ComplaintForm receivedBy(String receivingAgent) {
        return new ComplaintForm(null, null, null, receivingAgent, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public ComplaintForm withAccountNumber(String value) {
        return new ComplaintForm(value, customerName, contact, receivingAgent, summary, request, responsibleDepartment,
                responsiblePerson, factsEstablished, correctiveMeasures, actionOnStaff, satisfaction, leaderDecision,
                adopted, answer);
    }

    /** The summary with {@code words} added: customers tell their story over several messages. */
    public ComplaintForm withSummaryAdded(String words) {
        String joined = summary == null ? words : summary + "\n" + words;
        return new ComplaintForm(accountNumber, customerName, contact, receivingAgent, joined, request,
                responsibleDepartment, responsiblePerson, factsEstablished, correctiveMeasures, actionOnStaff,
                satisfaction, leaderDecision, adopted, answer);
    }

    public ComplaintForm withContact(String value) {
        return new ComplaintForm(accountNumber, customerName, value, receivingAgent, summary, request,
                responsibleDepartment, responsiblePerson, factsEstablished, correctiveMeasures, actionOnStaff,
                satisfaction, leaderDecision, adopted, answer);
    }

    public ComplaintForm withRequest(String value) {
        return new ComplaintForm(accountNumber, customerName, contact, receivingAgent, summary, value,
                responsibleDepartment, responsiblePerson, factsEstablished, correctiveMeasures, actionOnStaff,
                satisfaction, leaderDecision, adopted, answer);
    }

    /** The value of a field staff fill in, as text ({@code true}/{@code false} for {@link FormField#ADOPTED}). */
    public @Nullable String get(FormField field) {
        return switch (field) {
            case RESPONSIBLE_DEPARTMENT -> responsibleDepartment;
            case RESPONSIBLE_PERSON -> responsiblePerson;
            case FACTS_ESTABLISHED -> factsEstablished;
            case CORRECTIVE_MEASURES -> correctiveMeasures;
            case ACTION_ON_STAFF -> actionOnStaff;
            case SATISFACTION -> satisfaction;
            case LEADER_DECISION -> leaderDecision;
            case ADOPTED -> adopted == null ? null : adopted.toString();
            case ANSWER -> answer;
        };
    }

    /**
     * This form with a field staff fill in set to {@code value}, already checked by
     * {@link FormField#normalise}.
     */
    public ComplaintForm with(FormField field, String value) {
        String v = field.normalise(value);
        return new ComplaintForm(accountNumber, customerName, contact, receivingAgent, summary, request,
                field == FormField.RESPONSIBLE_DEPARTMENT ? v : responsibleDepartment,
                field == FormField.RESPONSIBLE_PERSON ? v : responsiblePerson,
                field == FormField.FACTS_ESTABLISHED ? v : factsEstablished,
                field == FormField.CORRECTIVE_MEASURES ? v : correctiveMeasures,
                field == FormField.ACTION_ON_STAFF ? v : actionOnStaff,
                field == FormField.SATISFACTION ? v : satisfaction,
                field == FormField.LEADER_DECISION ? v : leaderDecision,
                field == FormField.ADOPTED ? Boolean.valueOf(v) : adopted,
                field == FormField.ANSWER ? v : answer);
    }

    public ComplaintForm withSatisfaction(String value) {
        return with(FormField.SATISFACTION, value);
    }

    public ComplaintForm withResponsibleDepartment(String value) {
        return with(FormField.RESPONSIBLE_DEPARTMENT, value);
    }
}
