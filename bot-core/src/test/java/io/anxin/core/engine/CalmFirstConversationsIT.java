package io.anxin.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.knowledge.KnowledgeBase;
import io.anxin.core.knowledge.KnowledgeEntry;
import io.anxin.core.knowledge.LuceneKnowledgeBase;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.testing.ConversationFlow;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Act;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole conversations as the customer sees them, with triage prepared so that each test pins down
 * one path of the dialog policy. What the models make of real words is tested in config.
 */
class CalmFirstConversationsIT {

    /** Tuesday 24 November 2026, 10:00 in Shanghai. */
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), java.time.ZoneOffset.UTC);

    private final FixedTriager triager = new FixedTriager()
            .complaint("银行卡被多扣了钱", 1, Lang.ZH_HANS)
            .complaint("11月20日订单号DD20261120001被重复扣款，请处理，电话13812345678", 1, Lang.ZH_HANS)
            .complaint("你们什么破APP，提现三天还没到账！！！", 3, Lang.ZH_HANS)
            .complaint("你們的客服態度太差了", 1, Lang.ZH_HANT)
            .complaint("我要去你们公司楼顶跳下去", 3, Lang.ZH_HANS, RiskFlag.THREAT_EXTREME)
            .complaint("我的账户被人盗刷了", 1, Lang.ZH_HANS, RiskFlag.ASSET_SAFETY)
            .intent("举报你们客户经理私下收取好处费", Intent.INQUIRY, 0.7, Lang.ZH_HANS, RiskFlag.WHISTLEBLOW)
            .intent("It would be great if the app had a dark mode", Intent.SUGGESTION, 0.9, Lang.EN)
            .intent("你们支持用港币买基金吗", Intent.INQUIRY, 0.9, Lang.ZH_HANS)
            .intent("那个……", Intent.INQUIRY, 0.3, Lang.ZH_HANS)
            .intent("提现要收手续费吗", Intent.INQUIRY, 0.9, Lang.ZH_HANS)
            .act("你好", Act.GREETING, Lang.ZH_HANS)
            .act("谢谢", Act.THANKS, Lang.ZH_HANS)
            .act("没有", Act.NO, Lang.ZH_HANS)
            .act("帮我转人工", Act.HUMAN, Lang.ZH_HANS);
    private final KnowledgeBase knowledge = new LuceneKnowledgeBase(List.of(new KnowledgeEntry("withdrawal-fee",
            Map.of(Lang.ZH_HANS, List.of("提现手续费怎么收", "提现要手续费吗"), Lang.ZH_HANT, List.of("提現手續費怎麼收"),
                    Lang.EN, List.of("Is there a withdrawal fee")),
            Map.of(Lang.ZH_HANS, "提现手续费以APP提现页面显示为准。", Lang.ZH_HANT, "提現手續費以APP提現頁面顯示為準。",
                    Lang.EN, "The withdrawal fee is shown on the withdrawal page of the app."),
            "operations", List.of("withdrawal")), new KnowledgeEntry("complaint-progress",
            Map.of(Lang.ZH_HANS, List.of("我的投诉处理得怎么样了", "上次说的事怎么样了"), Lang.ZH_HANT, List.of("我的投訴處理得怎麼樣了"),
                    Lang.EN, List.of("Any update on my complaint")),
            Map.of(Lang.ZH_HANS, "请告诉我您的工单号。", Lang.ZH_HANT, "請告訴我您的工單號。", Lang.EN, "Please give me your ticket number."),
            "customer-service", List.of("complaint", "progress"))), 0.4);
    private final ConversationEngine engine = TestEngine.engine(triager, knowledge, TUESDAY);
    private final RedisTicketStore tickets = new RedisTicketStore(TestEngine.redis());

    private ConversationFlow customer() {
        return new ConversationFlow(engine, Channel.API, TUESDAY);
    }

    /** A channel that tells us how to reach the customer (a WeChat follower), so the contact is never asked. */
    private ConversationFlow wechatFollower() {
        return new ConversationFlow(engine, Channel.WECHAT, TUESDAY);
    }

    private Ticket stored(ConversationFlow flow, String number) {
        return tickets.find(TicketNumber.parse(number)).block();
    }

    @Test
    void a_calm_complaint_is_soothed_registered_and_completed_in_three_skippable_questions_then_read_back() {
        ConversationFlow flow = wechatFollower().send("银行卡被多扣了钱")
                .assertReply("理解您的心情", "抱歉")
                .assertNewTicket("complaint")
                .assertReplyAt(1, "2026年11月25日 10:00")
                .assertReplyAt(2, "发生了什么")
                .assertQuickReplies("跳过");
        String number = flow.answer().ticket().number();

        flow.send("上周五下午提现了两千块，到现在没退回来").assertReply("账户号或订单号").assertNoNewTicket()
                .send("订单号 DD123456789").assertReply("怎么处理")
                .send("希望把多扣的钱退回来")
                .assertReply("确认", number, "上周五下午提现了两千块", "DD123456789", "希望把多扣的钱退回来")
                .assertQuickReplies("问题已解决");

        Ticket ticket = stored(flow, number);
        assertThat(ticket.form().summary()).isEqualTo("上周五下午提现了两千块，到现在没退回来");
        assertThat(ticket.form().accountNumber()).isEqualTo("订单号 DD123456789");
        assertThat(ticket.form().request()).isEqualTo("希望把多扣的钱退回来");
        assertThat(ticket.status()).isEqualTo(TicketStatus.ACCEPTED);
    }

    @Test
    void on_the_open_api_the_contact_is_asked_instead_of_the_account_so_there_are_never_more_than_three_questions() {
        ConversationFlow flow = customer().send("银行卡被多扣了钱").assertReplyAt(2, "发生了什么")
                .send("昨天扣了两次").assertReply("联系电话")
                .send("13912345678").assertReply("怎么处理")
                .send("退回多扣的钱").assertReply("确认", "13912345678", "未提供", "退回多扣的钱");
        Ticket ticket = stored(flow, flow.answer().replies().get(0).text().replaceAll(".*(C-\\d{6}-\\d{4}).*", "$1"));
        assertThat(ticket.form().contact()).isEqualTo("13912345678");
        assertThat(ticket.form().accountNumber()).isNull();
    }

    @Test
    void a_question_asked_while_a_detail_is_asked_is_answered_and_the_detail_asked_again_not_filled_with_it() {
        ConversationFlow flow = customer().send("银行卡被多扣了钱").assertReplyAt(2, "发生了什么")
                .send("昨天扣了两次").assertReply("联系电话")
                .send("提现要收手续费吗").assertReply("以APP提现页面显示为准").assertReplyAt(1, "联系电话")
                .assertReplyCount(2).assertNoNewTicket()
                .send("13912345678").assertReply("怎么处理")
                .send("退回多扣的钱").assertReply("确认", "13912345678", "退回多扣的钱");
        Ticket ticket = stored(flow, flow.answer().replies().get(0).text().replaceAll(".*(C-\\d{6}-\\d{4}).*", "$1"));
        assertThat(ticket.form().contact()).isEqualTo("13912345678");
    }

    @Test
    void a_customer_satisfied_at_intake_has_the_ticket_closed_at_intake() {
        ConversationFlow flow = customer().send("银行卡被多扣了钱").send("跳过").send("跳过").send("跳过")
                .assertReply("未提供").assertQuickReplies("问题已解决");
        String number = flow.answer().replies().get(0).text().replaceAll(".*(C-\\d{6}-\\d{4}).*", "$1");

        flow.send("问题已解决").assertReply("已结案", number).assertNoNewTicket();

        assertThat(stored(flow, number).status()).isEqualTo(TicketStatus.CLOSED_AT_INTAKE);
    }

    @Test
    void details_the_customer_already_gave_are_not_asked_again() {
        ConversationFlow flow = customer().send("11月20日订单号DD20261120001被重复扣款，请处理，电话13812345678")
                .assertNewTicket("complaint")
                .assertReplyAt(2, "怎么处理");
        Ticket ticket = stored(flow, flow.answer().ticket().number());
        assertThat(ticket.form().accountNumber()).isEqualTo("DD20261120001");
        assertThat(ticket.form().contact()).isEqualTo("13812345678");
    }

    @Test
    void an_angry_complaint_gets_no_questions_and_is_offered_a_human() {
        customer().send("你们什么破APP，提现三天还没到账！！！")
                .assertReply("很生气", "抱歉")
                .assertNewTicket("complaint")
                .assertNoReplyContains("发生了什么")
                .assertQuickReplies("转人工")
                .send("转人工").assertReply("转接人工").assertReplyCount(1)
                .send("快点").assertReply("稍后回复");
    }

    @Test
    void a_threat_of_drastic_action_reaches_a_human_at_once_and_the_bot_never_small_talks_it() {
        customer().send("我要去你们公司楼顶跳下去")
                .assertReplyCount(1)
                .assertReply("安全", "专人")
                .assertNoQuickReplies()
                .assertNewTicket("complaint")
                .send("你们根本不在乎").assertReply("稍后回复").assertReplyCount(1);
    }

    @Test
    void a_traditional_chinese_complaint_is_answered_in_traditional_chinese() {
        customer().send("你們的客服態度太差了").assertReply("給您添麻煩了").assertReplyAt(1, "已登記投訴")
                .assertReplyAt(2, "發生了什麼").assertQuickReplies("跳過");
    }

    @Test
    void an_english_suggestion_is_thanked_and_promised_a_reply_in_english() {
        customer().send("It would be great if the app had a dark mode")
                .assertReply("Thank you")
                .assertReplyAt(1, "10:00 on 1 December 2026")
                .assertNewTicket("suggestion");
    }

    @Test
    void an_inquiry_that_cannot_be_answered_at_once_is_registered_with_an_answer_within_24_hours() {
        customer().send("你们支持用港币买基金吗").assertReply("已记录问题", "2026年11月25日 10:00").assertNewTicket("inquiry");
    }

    @Test
    void a_question_the_knowledge_base_knows_is_answered_at_once_and_closed_when_it_helped() {
        customer().send("提现要收手续费吗")
                .assertReply("以APP提现页面显示为准").assertReplyAt(1, "解决您的问题了吗")
                .assertQuickReplies("解决了", "没解决").assertNoNewTicket()
                .send("解决了").assertReply("很高兴帮到您").assertNoNewTicket();
    }

    @Test
    void an_answer_that_did_not_help_registers_the_question_with_the_promise_of_an_answer() {
        customer().send("提现要收手续费吗").send("没有")
                .assertReply("已记录问题", "2026年11月25日 10:00").assertNewTicket("inquiry");
    }

    @Test
    void asking_how_ones_complaint_is_going_gets_the_status_of_ones_own_ticket() {
        ConversationFlow flow = customer().send("你们什么破APP，提现三天还没到账！！！");
        String number = flow.answer().ticket().number();
        flow.send("上次说的事怎么样了").assertReply(number, "已受理", "2026年11月25日 10:00").assertNoNewTicket();
    }

    @Test
    void greetings_and_thanks_are_answered_in_kind_and_register_nothing() {
        customer().send("你好").assertReply("有什么可以帮您").assertNoNewTicket()
                .send("谢谢").assertReply("不客气").assertNoNewTicket();
    }

    @Test
    void asking_for_a_human_in_words_hands_the_conversation_over() {
        customer().send("帮我转人工").assertReply("转接人工").assertNoNewTicket()
                .send("在吗").assertReply("稍后回复");
    }

    @Test
    void an_unclear_message_is_asked_about_once_then_registered_as_chosen_and_completed() {
        customer().send("那个……").assertReply("请问您是想").assertQuickReplies("投诉", "提建议", "咨询").assertNoNewTicket()
                .send("投诉").assertNewTicket("complaint").assertReply("理解您的心情")
                .assertAnswer(answer -> assertThat(tickets.find(TicketNumber.parse(answer.ticket().number())).block().content())
                        .isEqualTo("那个……"));
    }

    @Test
    void whistle_blowing_is_acknowledged_in_confidence_without_questions() {
        customer().send("举报你们客户经理私下收取好处费")
                .assertReplyCount(1)
                .assertReply("严格保密")
                .assertNewTicket("complaint")
                .assertAnswer(answer -> assertThat(tickets.find(TicketNumber.parse(answer.ticket().number())).block().confidential())
                        .isTrue());
    }

    @Test
    void a_stolen_account_brings_safety_guidance_before_anything_else_is_asked() {
        customer().send("我的账户被人盗刷了")
                .assertReply("理解您的心情")
                .assertReplyAt(1, "修改密码")
                .assertNewTicket("complaint")
                .assertNoReplyContains("发生了什么");
    }

    @Test
    void a_new_complaint_while_the_first_is_being_handled_joins_its_ticket() {
        ConversationFlow flow = customer().send("你们什么破APP，提现三天还没到账！！！");
        String number = flow.answer().ticket().number();
        flow.send("你们什么破APP，提现三天还没到账！！！").assertNoNewTicket().assertAnyReply("已补充到工单 " + number);
    }
}
