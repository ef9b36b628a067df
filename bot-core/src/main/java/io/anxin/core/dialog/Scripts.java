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

    /** WeChat: the greeting of a new follower, saying what the bot can do and the other ways in. */
    public static final String WECHAT_WELCOME = "wechat.welcome";
    /** WeChat: a voice message WeChat could not turn into text; offers text or the hotline. */
    public static final String WECHAT_VOICE_NOT_UNDERSTOOD = "wechat.voice-not-understood";
    public static final String WECHAT_ATTACHMENT_RECEIVED = "wechat.attachment.received";
    /** WeChat: an image or file over the limit, with {limit} in MB. */
    public static final String WECHAT_ATTACHMENT_TOO_LARGE = "wechat.attachment.too-large";
    public static final String WECHAT_MENU_COMPLAINT = "wechat.menu.complaint";
    public static final String WECHAT_MENU_SUGGESTION = "wechat.menu.suggestion";
    public static final String WECHAT_MENU_INQUIRY = "wechat.menu.inquiry";
    /** WeChat: what the 我的工单 button says for the customer: a question the knowledge base tags as progress. */
    public static final String WECHAT_MENU_MY_TICKETS = "wechat.menu.my-tickets";

    /** The WeChat channel's keys: checked by the channel when it starts, only where it is switched on. */
    public static final List<String> WECHAT = List.of(WECHAT_WELCOME, WECHAT_VOICE_NOT_UNDERSTOOD,
            WECHAT_ATTACHMENT_RECEIVED, WECHAT_ATTACHMENT_TOO_LARGE, WECHAT_MENU_COMPLAINT, WECHAT_MENU_SUGGESTION,
            WECHAT_MENU_INQUIRY, WECHAT_MENU_MY_TICKETS);

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
