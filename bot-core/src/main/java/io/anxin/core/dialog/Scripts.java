package io.anxin.core.dialog;

import java.util.List;

/** The script keys the dialog uses; every script file must define them all. */
public final class Scripts {

    public static final String COMPLAINT_ACK = "complaint.acknowledge";
    public static final String COMPLAINT_ACK_ANGRY = "complaint.acknowledge-angry";
    public static final String COMPLAINT_REGISTERED = "complaint.registered";
    public static final String COMPLAINT_SUPPLEMENT = "complaint.supplement";
    public static final String COMPLAINT_REPORTED = "complaint.reported-to-leaders";
    public static final String SUGGESTION_THANKS = "suggestion.thanks";
    public static final String SUGGESTION_REGISTERED = "suggestion.registered";
    public static final String INQUIRY_REGISTERED = "inquiry.registered";
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

    public static final List<String> REQUIRED = List.of(
            COMPLAINT_ACK, COMPLAINT_ACK_ANGRY, COMPLAINT_REGISTERED, COMPLAINT_SUPPLEMENT, COMPLAINT_REPORTED,
            SUGGESTION_THANKS, SUGGESTION_REGISTERED, INQUIRY_REGISTERED,
            CLARIFY_QUESTION, CLARIFY_COMPLAINT, CLARIFY_SUGGESTION, CLARIFY_INQUIRY,
            THREAT_HOLD, WHISTLEBLOW_REGISTERED, ASSET_GUIDANCE,
            HANDOFF_OFFER, HANDOFF_OPTION, HANDOFF_HOLDING, HANDOFF_WAITING);

    private Scripts() {}
}
