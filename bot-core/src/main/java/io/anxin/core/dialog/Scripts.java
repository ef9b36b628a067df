package io.anxin.core.dialog;

import java.util.List;

/** The script keys the dialog uses; every script file must define them all. */
public final class Scripts {

    public static final String COMPLAINT_ACK = "complaint.acknowledge";
    public static final String COMPLAINT_ACK_ANGRY = "complaint.acknowledge-angry";
    public static final String COMPLAINT_REGISTERED = "complaint.registered";
    public static final String COMPLAINT_SUPPLEMENT = "complaint.supplement";
    public static final String COMPLAINT_REPORTED = "complaint.reported-to-leaders";
    public static final String ASK_WHAT_AND_WHEN = "complaint.ask.what-and-when";
    public static final String ASK_ACCOUNT = "complaint.ask.account";
    public static final String ASK_REQUEST = "complaint.ask.request";
    public static final String ASK_CONTACT = "complaint.ask.contact";
    public static final String DETAIL_SKIP_OPTION = "complaint.option.skip";
    public static final String DETAIL_NOT_GIVEN = "complaint.not-given";
    public static final String COMPLAINT_READBACK = "complaint.read-back";
    public static final String COMPLAINT_RESOLVED_OPTION = "complaint.option.resolved";
    public static final String COMPLAINT_CLOSED_AT_INTAKE = "complaint.closed-at-intake";
    public static final String SUGGESTION_THANKS = "suggestion.thanks";
    public static final String SUGGESTION_REGISTERED = "suggestion.registered";
    public static final String INQUIRY_REGISTERED = "inquiry.registered";
    public static final String INQUIRY_SOLVED_QUESTION = "inquiry.solved-question";
    public static final String INQUIRY_SOLVED_OPTION = "inquiry.option.solved";
    public static final String INQUIRY_UNSOLVED_OPTION = "inquiry.option.unsolved";
    public static final String INQUIRY_GLAD = "inquiry.glad";
    public static final String PROGRESS_ACCEPTED = "progress.accepted";
    public static final String PROGRESS_FORWARDED = "progress.forwarded";
    public static final String PROGRESS_IN_PROGRESS = "progress.in-progress";
    public static final String ACT_GREETING = "act.greeting";
    public static final String ACT_THANKS = "act.thanks";
    public static final String ACT_GOODBYE = "act.goodbye";
    public static final String ACT_NOTED = "act.noted";
    public static final String CLARIFY_QUESTION = "clarify.question";
    public static final String CLARIFY_COMPLAINT = "clarify.option.complaint";
    public static final String CLARIFY_SUGGESTION = "clarify.option.suggestion";
    public static final String CLARIFY_INQUIRY = "clarify.option.inquiry";
    public static final String THREAT_HOLD = "risk.threat.hold";
    public static final String WHISTLEBLOW_REGISTERED = "risk.whistleblow.registered";
    public static final String ASSET_GUIDANCE = "risk.asset.guidance";
    public static final String HANDOFF_OFFER = "handoff.offer";
    public static final String HANDOFF_OPTION = "handoff.option";
    public static final String HANDOFF_HOLDING = "handoff.holding";
    public static final String HANDOFF_WAITING = "handoff.waiting";
    /** The survey after resolution, with {ticket}. */
    public static final String FOLLOW_UP_ASK = "follow-up.ask";
    public static final String FOLLOW_UP_THANKS = "follow-up.thanks";
    /** A dissatisfied answer: sorry, a supervisor calls back within 7 days, and the customer may complain again. */
    public static final String FOLLOW_UP_CALL_BACK = "follow-up.call-back";

    public static final List<String> REQUIRED = List.of(
            COMPLAINT_ACK, COMPLAINT_ACK_ANGRY, COMPLAINT_REGISTERED, COMPLAINT_SUPPLEMENT, COMPLAINT_REPORTED,
            ASK_WHAT_AND_WHEN, ASK_ACCOUNT, ASK_CONTACT, ASK_REQUEST, DETAIL_SKIP_OPTION, DETAIL_NOT_GIVEN, COMPLAINT_READBACK,
            COMPLAINT_RESOLVED_OPTION, COMPLAINT_CLOSED_AT_INTAKE,
            SUGGESTION_THANKS, SUGGESTION_REGISTERED, INQUIRY_REGISTERED,
            INQUIRY_SOLVED_QUESTION, INQUIRY_SOLVED_OPTION, INQUIRY_UNSOLVED_OPTION, INQUIRY_GLAD,
            PROGRESS_ACCEPTED, PROGRESS_FORWARDED, PROGRESS_IN_PROGRESS,
            ACT_GREETING, ACT_THANKS, ACT_GOODBYE, ACT_NOTED,
            CLARIFY_QUESTION, CLARIFY_COMPLAINT, CLARIFY_SUGGESTION, CLARIFY_INQUIRY,
            THREAT_HOLD, WHISTLEBLOW_REGISTERED, ASSET_GUIDANCE,
            HANDOFF_OFFER, HANDOFF_OPTION, HANDOFF_HOLDING, HANDOFF_WAITING,
            FOLLOW_UP_ASK, FOLLOW_UP_THANKS, FOLLOW_UP_CALL_BACK);

    private Scripts() {}
}
