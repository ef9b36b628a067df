package io.anxin.core.testing;

import io.anxin.core.dialog.Scripts;
import io.anxin.core.message.Lang;
import io.anxin.core.script.MapScriptLibrary;
import java.util.Map;

/** A small script library in the three languages, shaped like the shipped one, for engine tests. */
public final class TestScripts {

    private TestScripts() {}

    public static MapScriptLibrary library() {
        return MapScriptLibrary.of(Map.of(
                Lang.ZH_HANS, Map.ofEntries(
                        Map.entry(Scripts.COMPLAINT_ACK, "理解您的心情，给您添麻烦了，非常抱歉。"),
                        Map.entry(Scripts.COMPLAINT_ACK_ANGRY, "非常理解您现在很生气，真的很抱歉。"),
                        Map.entry(Scripts.COMPLAINT_REGISTERED, "已登记投诉，工单号 {ticket}，{dueBy} 前联系您。"),
                        Map.entry(Scripts.COMPLAINT_SUPPLEMENT, "已补充到工单 {ticket}。"),
                        Map.entry(Scripts.SUGGESTION_THANKS, "感谢您的建议。"),
                        Map.entry(Scripts.SUGGESTION_REGISTERED, "已登记建议 {ticket}，{dueBy} 前答复。"),
                        Map.entry(Scripts.INQUIRY_REGISTERED, "已记录问题 {ticket}，{dueBy} 前答复。"),
                        Map.entry(Scripts.CLARIFY_QUESTION, "请问您是想："),
                        Map.entry(Scripts.CLARIFY_COMPLAINT, "投诉"),
                        Map.entry(Scripts.CLARIFY_SUGGESTION, "提建议"),
                        Map.entry(Scripts.CLARIFY_INQUIRY, "咨询"),
                        Map.entry(Scripts.ASK_WHAT_AND_WHEN, "能说说发生了什么、什么时候吗？"),
                        Map.entry(Scripts.ASK_ACCOUNT, "方便提供账户号或订单号吗？"),
                        Map.entry(Scripts.ASK_REQUEST, "您希望我们怎么处理？"),
                        Map.entry(Scripts.DETAIL_SKIP_OPTION, "跳过"),
                        Map.entry(Scripts.DETAIL_NOT_GIVEN, "未提供"),
                        Map.entry(Scripts.COMPLAINT_READBACK, "确认：{ticket}，{what}；{account}；{request}。"),
                        Map.entry(Scripts.COMPLAINT_RESOLVED_OPTION, "问题已解决"),
                        Map.entry(Scripts.COMPLAINT_CLOSED_AT_INTAKE, "工单 {ticket} 已结案。"),
                        Map.entry(Scripts.COMPLAINT_REPORTED, "已报告相关负责人。"),
                        Map.entry(Scripts.THREAT_HOLD, "您的安全最重要，专人马上来和您沟通。"),
                        Map.entry(Scripts.WHISTLEBLOW_REGISTERED, "已登记 {ticket}，严格保密。"),
                        Map.entry(Scripts.ASSET_GUIDANCE, "请立即修改密码。"),
                        Map.entry(Scripts.HANDOFF_OFFER, "也可以转人工。"),
                        Map.entry(Scripts.HANDOFF_OPTION, "转人工"),
                        Map.entry(Scripts.HANDOFF_HOLDING, "正在为您转接人工。"),
                        Map.entry(Scripts.HANDOFF_WAITING, "人工客服稍后回复您。")),
                Lang.ZH_HANT, Map.ofEntries(
                        Map.entry(Scripts.COMPLAINT_ACK, "理解您的心情，給您添麻煩了，非常抱歉。"),
                        Map.entry(Scripts.COMPLAINT_ACK_ANGRY, "非常理解您現在很生氣，真的很抱歉。"),
                        Map.entry(Scripts.COMPLAINT_REGISTERED, "已登記投訴，工單號 {ticket}，{dueBy} 前聯繫您。"),
                        Map.entry(Scripts.COMPLAINT_SUPPLEMENT, "已補充到工單 {ticket}。"),
                        Map.entry(Scripts.SUGGESTION_THANKS, "感謝您的建議。"),
                        Map.entry(Scripts.SUGGESTION_REGISTERED, "已登記建議 {ticket}，{dueBy} 前答覆。"),
                        Map.entry(Scripts.INQUIRY_REGISTERED, "已記錄問題 {ticket}，{dueBy} 前答覆。"),
                        Map.entry(Scripts.CLARIFY_QUESTION, "請問您是想："),
                        Map.entry(Scripts.CLARIFY_COMPLAINT, "投訴"),
                        Map.entry(Scripts.CLARIFY_SUGGESTION, "提建議"),
                        Map.entry(Scripts.CLARIFY_INQUIRY, "諮詢"),
                        Map.entry(Scripts.ASK_WHAT_AND_WHEN, "能說說發生了什麼、什麼時候嗎？"),
                        Map.entry(Scripts.ASK_ACCOUNT, "方便提供帳戶號或訂單號嗎？"),
                        Map.entry(Scripts.ASK_REQUEST, "您希望我們怎麼處理？"),
                        Map.entry(Scripts.DETAIL_SKIP_OPTION, "跳過"),
                        Map.entry(Scripts.DETAIL_NOT_GIVEN, "未提供"),
                        Map.entry(Scripts.COMPLAINT_READBACK, "確認：{ticket}，{what}；{account}；{request}。"),
                        Map.entry(Scripts.COMPLAINT_RESOLVED_OPTION, "問題已解決"),
                        Map.entry(Scripts.COMPLAINT_CLOSED_AT_INTAKE, "工單 {ticket} 已結案。"),
                        Map.entry(Scripts.COMPLAINT_REPORTED, "已報告相關負責人。"),
                        Map.entry(Scripts.THREAT_HOLD, "您的安全最重要，專人馬上來和您溝通。"),
                        Map.entry(Scripts.WHISTLEBLOW_REGISTERED, "已登記 {ticket}，嚴格保密。"),
                        Map.entry(Scripts.ASSET_GUIDANCE, "請立即修改密碼。"),
                        Map.entry(Scripts.HANDOFF_OFFER, "也可以轉人工。"),
                        Map.entry(Scripts.HANDOFF_OPTION, "轉人工"),
                        Map.entry(Scripts.HANDOFF_HOLDING, "正在為您轉接人工。"),
                        Map.entry(Scripts.HANDOFF_WAITING, "人工客服稍後回覆您。")),
                Lang.EN, Map.ofEntries(
                        Map.entry(Scripts.COMPLAINT_ACK, "I understand, and I am sorry for the trouble."),
                        Map.entry(Scripts.COMPLAINT_ACK_ANGRY, "I can hear how upset you are, and I am truly sorry."),
                        Map.entry(Scripts.COMPLAINT_REGISTERED, "Complaint {ticket} registered; we will contact you by {dueBy}."),
                        Map.entry(Scripts.COMPLAINT_SUPPLEMENT, "Added to {ticket}."),
                        Map.entry(Scripts.SUGGESTION_THANKS, "Thank you for the suggestion."),
                        Map.entry(Scripts.SUGGESTION_REGISTERED, "Suggestion {ticket} registered; reply by {dueBy}."),
                        Map.entry(Scripts.INQUIRY_REGISTERED, "Question {ticket} noted; answer by {dueBy}."),
                        Map.entry(Scripts.CLARIFY_QUESTION, "Did you mean to:"),
                        Map.entry(Scripts.CLARIFY_COMPLAINT, "Complain"),
                        Map.entry(Scripts.CLARIFY_SUGGESTION, "Suggest"),
                        Map.entry(Scripts.CLARIFY_INQUIRY, "Ask"),
                        Map.entry(Scripts.ASK_WHAT_AND_WHEN, "What happened, and when?"),
                        Map.entry(Scripts.ASK_ACCOUNT, "Your account or order number?"),
                        Map.entry(Scripts.ASK_REQUEST, "What would you like us to do?"),
                        Map.entry(Scripts.DETAIL_SKIP_OPTION, "Skip"),
                        Map.entry(Scripts.DETAIL_NOT_GIVEN, "not given"),
                        Map.entry(Scripts.COMPLAINT_READBACK, "To confirm: {ticket}, {what}; {account}; {request}."),
                        Map.entry(Scripts.COMPLAINT_RESOLVED_OPTION, "It is resolved"),
                        Map.entry(Scripts.COMPLAINT_CLOSED_AT_INTAKE, "{ticket} is closed."),
                        Map.entry(Scripts.COMPLAINT_REPORTED, "Reported to the managers concerned."),
                        Map.entry(Scripts.THREAT_HOLD, "Your safety matters most; a colleague is coming to talk with you now."),
                        Map.entry(Scripts.WHISTLEBLOW_REGISTERED, "Registered as {ticket}, in confidence."),
                        Map.entry(Scripts.ASSET_GUIDANCE, "Please change your password now."),
                        Map.entry(Scripts.HANDOFF_OFFER, "You can also ask for a person."),
                        Map.entry(Scripts.HANDOFF_OPTION, "Talk to a person"),
                        Map.entry(Scripts.HANDOFF_HOLDING, "Connecting you to a person."),
                        Map.entry(Scripts.HANDOFF_WAITING, "A colleague will reply shortly."))),
                Scripts.REQUIRED);
    }
}
