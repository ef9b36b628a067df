package io.anxin.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.knowledge.KnowledgeBase;
import io.anxin.core.redis.RedisConversationStore;
import io.anxin.core.redis.RedisHumanDesk;
import io.anxin.core.knowledge.KnowledgeEntry;
import io.anxin.core.knowledge.LuceneKnowledgeBase;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.testing.ConversationFlow;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.triage.Act;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same paths in traditional Chinese and English: a customer is answered in the script they wrote in. */
class ThreeLanguageConversationsIT {

    /** Friday 2 October 2026, 15:00 in Shanghai: inside the National Day holiday. */
    private static final Clock HOLIDAY = Clock.fixed(Instant.parse("2026-10-02T07:00:00Z"), ZoneOffset.UTC);

    private final FixedTriager triager = new FixedTriager()
            .complaint("My card was charged twice", 1, Lang.EN)
            .complaint("This is the third time your app lost my money!!!", 3, Lang.EN)
            .complaint("I will burn down your office", 3, Lang.EN, RiskFlag.THREAT_EXTREME)
            .complaint("我要去你們門口拉橫幅", 3, Lang.ZH_HANT, RiskFlag.THREAT_EXTREME)
            .intent("I want to report your account manager for taking kickbacks", Intent.COMPLAINT, 0.8, Lang.EN,
                    RiskFlag.WHISTLEBLOW)
            .intent("建議你們增加夜間客服", Intent.SUGGESTION, 0.9, Lang.ZH_HANT)
            .intent("提現要手續費嗎", Intent.INQUIRY, 0.9, Lang.ZH_HANT)
            .intent("Is there a withdrawal fee?", Intent.INQUIRY, 0.9, Lang.EN)
            .intent("hmm", Intent.INQUIRY, 0.2, Lang.EN)
            .act("Hello", Act.GREETING, Lang.EN)
            .act("Thank you so much", Act.THANKS, Lang.EN)
            .act("Bye", Act.GOODBYE, Lang.EN)
            .act("Nope", Act.NO, Lang.EN)
            .act("我要找真人", Act.HUMAN, Lang.ZH_HANT)
            .act("解決了", Act.YES, Lang.ZH_HANT)
            .otherwise(new io.anxin.core.triage.TriageResult(Intent.INQUIRY, 0.9, null, java.util.Set.of(), 0, Lang.EN));
    private final KnowledgeBase knowledge = new LuceneKnowledgeBase(List.of(new KnowledgeEntry("withdrawal-fee",
            Map.of(Lang.ZH_HANS, List.of("提现要手续费吗"), Lang.ZH_HANT, List.of("提現要手續費嗎", "提現手續費怎麼收"),
                    Lang.EN, List.of("Is there a withdrawal fee", "How much is the withdrawal fee")),
            Map.of(Lang.ZH_HANS, "以提现页面显示为准。", Lang.ZH_HANT, "以提現頁面顯示為準。", Lang.EN, "The fee is shown on the withdrawal page."),
            "operations", List.of("withdrawal"))), 0.4);
    private final ConversationEngine engine = TestEngine.engine(triager, knowledge, HOLIDAY);

    private ConversationFlow customer() {
        return new ConversationFlow(engine, Channel.API, HOLIDAY);
    }

    @Test
    void an_english_complaint_is_completed_in_english_and_promised_contact_after_the_holiday() {
        customer().send("My card was charged twice")
                .assertReply("sorry").assertNewTicket("complaint")
                .assertReplyAt(1, "09:00 on 8 October 2026")
                .assertReplyAt(2, "What happened").assertQuickReplies("Skip")
                .send("Last Friday at 14:30, 200 yuan").assertReply("phone number")
                .send("Skip").assertReply("What would you like us to do")
                .send("Refund the second charge").assertReply("To confirm", "Last Friday at 14:30", "not given", "Refund the second charge")
                .assertQuickReplies("It is resolved");
    }

    @Test
    void an_angry_english_customer_gets_no_questions_and_is_offered_a_person() {
        customer().send("This is the third time your app lost my money!!!")
                .assertReply("upset", "sorry").assertNoReplyContains("What happened").assertQuickReplies("Talk to a person")
                .send("Talk to a person").assertReply("Connecting you");
    }

    @Test
    void an_english_threat_gets_one_calm_line_and_a_person() {
        customer().send("I will burn down your office").assertReplyCount(1).assertReply("safety").assertNewTicket("complaint")
                .send("Are you there?").assertReply("colleague will reply");
    }

    @Test
    void once_an_agent_has_taken_the_chat_over_the_bot_keeps_quiet_and_the_agent_reads_what_the_customer_writes() {
        ConversationFlow flow = customer().send("This is the third time your app lost my money!!!")
                .send("Talk to a person").assertReply("Connecting you")
                .send("Are you there?").assertReply("colleague will reply");
        ConversationId id = flow.answer().conversationId();
        new RedisHumanDesk(TestEngine.redis()).take(id, "agent-li").block();

        flow.send("I have waited ten minutes").assertReplyCount(0).assertNoNewTicket();

        assertThat(new RedisConversationStore(TestEngine.redis()).transcript(id).map(TranscriptEntry::text).collectList().block())
                .contains("I have waited ten minutes");
    }

    @Test
    void a_traditional_chinese_threat_is_answered_in_traditional_chinese() {
        customer().send("我要去你們門口拉橫幅").assertReplyCount(1).assertReply("專人");
    }

    @Test
    void english_whistle_blowing_is_acknowledged_in_confidence() {
        customer().send("I want to report your account manager for taking kickbacks")
                .assertReplyCount(1).assertReply("Registered as", "confidence").assertNewTicket("complaint");
    }

    @Test
    void a_traditional_chinese_suggestion_is_thanked_in_traditional_chinese() {
        customer().send("建議你們增加夜間客服").assertReply("感謝您的建議").assertReplyAt(1, "已登記建議")
                .assertNewTicket("suggestion");
    }

    @Test
    void a_traditional_chinese_question_is_answered_from_the_knowledge_base_in_traditional_chinese() {
        customer().send("提現要手續費嗎").assertReply("以提現頁面顯示為準").assertQuickReplies("解決了", "沒解決")
                .send("解決了").assertReply("很高興幫到您");
    }

    @Test
    void an_english_answer_that_did_not_help_is_registered_for_an_answer() {
        customer().send("Is there a withdrawal fee?").assertReply("withdrawal page")
                .send("Nope").assertReply("Question", "noted").assertNewTicket("inquiry");
    }

    @Test
    void an_unclear_english_message_is_asked_about_in_english() {
        customer().send("hmm").assertReply("Did you mean to").assertQuickReplies("Complain", "Suggest", "Ask")
                .send("Suggest").assertNewTicket("suggestion").assertReply("Thank you");
    }

    @Test
    void english_small_talk_is_answered_in_kind() {
        customer().send("Hello").assertReply("how can I help").assertNoNewTicket()
                .send("Thank you so much").assertReply("welcome")
                .send("Bye").assertReply("Goodbye").assertNoNewTicket();
    }

    @Test
    void asking_for_a_person_in_traditional_chinese_hands_over() {
        customer().send("我要找真人").assertReply("轉接人工").assertNoNewTicket();
    }
}
