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
                        Map.entry(Scripts.CLARIFY_INQUIRY, "咨询")),
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
                        Map.entry(Scripts.CLARIFY_INQUIRY, "諮詢")),
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
                        Map.entry(Scripts.CLARIFY_INQUIRY, "Ask"))),
                Scripts.REQUIRED);
    }
}
