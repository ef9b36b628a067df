package io.anxin.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationState;
import io.anxin.core.entity.Entities;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.testing.TestScripts;
import io.anxin.core.ticket.Grade;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DialogPolicyTest {

    private static final PolicyPack POLICY = TestEngine.POLICY;
    private final DialogPolicy dialog = new DialogPolicy(POLICY, TestScripts.library(), (question, lang) -> Optional.empty());
    private final Conversation fresh = Conversation.open(ConversationId.random(), Channel.API, "c1", Lang.ZH_HANS, Instant.EPOCH);

    private DialogDecision decide(Conversation conversation, TriageResult triage, String text) {
        return dialog.decide(new DialogInput(conversation, triage, text, Lang.ZH_HANS, Entities.NONE, null));
    }

    private static TriageResult triage(Intent intent, double confidence, int anger, RiskFlag... flags) {
        Category category = intent == Intent.COMPLAINT ? Category.SYSTEM_FAULT : null;
        return new TriageResult(intent, confidence, category, Set.of(flags), anger, Lang.ZH_HANS);
    }

    @Test
    void an_angry_complaint_is_acknowledged_before_it_is_registered() {
        DialogDecision decision = decide(fresh, triage(Intent.COMPLAINT, 0.9, 3), "提现三天没到账！");

        assertThat(decision.lines()).extracting(Line::script)
                .containsExactly(Scripts.COMPLAINT_ACK_ANGRY, Scripts.COMPLAINT_REGISTERED, Scripts.HANDOFF_OFFER);
        assertThat(decision.ticket()).isNotNull();
        assertThat(decision.ticket().type()).isEqualTo(Intent.COMPLAINT);
        assertThat(decision.ticket().content()).isEqualTo("提现三天没到账！");
    }

    @Test
    void a_complaint_threatening_the_media_is_registered_as_a_crisis() {
        DialogDecision decision = decide(fresh, triage(Intent.COMPLAINT, 0.9, 2, RiskFlag.MEDIA), "我要找记者曝光");
        assertThat(decision.ticket().grade()).isEqualTo(Grade.ONE);
    }

    @Test
    void an_unsure_calm_message_gets_one_question_with_quick_replies_and_no_ticket() {
        DialogDecision decision = decide(fresh, triage(Intent.INQUIRY, 0.4, 0), "那个");

        assertThat(decision.ticket()).isNull();
        assertThat(decision.next()).isEqualTo(ConversationState.AWAITING_INTENT);
        assertThat(decision.lines().get(0).quickReplyScripts())
                .containsExactly(Scripts.CLARIFY_COMPLAINT, Scripts.CLARIFY_SUGGESTION, Scripts.CLARIFY_INQUIRY);
    }

    @Test
    void choosing_a_quick_reply_registers_the_message_that_was_unclear() {
        Conversation asked = fresh.afterTurn(Lang.ZH_HANS, ConversationState.AWAITING_INTENT, "那个", null, null, Instant.EPOCH);

        DialogDecision decision = decide(asked, triage(Intent.INQUIRY, 0.3, 0), "提建议");

        assertThat(decision.ticket().type()).isEqualTo(Intent.SUGGESTION);
        assertThat(decision.ticket().content()).isEqualTo("那个");
        assertThat(decision.next()).isEqualTo(ConversationState.LISTENING);
    }

    @Test
    void an_unsure_but_angry_message_is_not_questioned_but_handled() {
        DialogDecision decision = decide(fresh, triage(Intent.COMPLAINT, 0.4, 2), "搞什么");
        assertThat(decision.ticket()).isNotNull();
    }

    @Test
    void a_threat_goes_to_a_human_at_once_with_one_holding_line_and_no_questions() {
        DialogDecision decision = decide(fresh, triage(Intent.COMPLAINT, 0.7, 3, RiskFlag.THREAT_EXTREME), "我要跳楼");

        assertThat(decision.lines()).extracting(Line::script).containsExactly(Scripts.THREAT_HOLD);
        assertThat(decision.next()).isEqualTo(ConversationState.WITH_HUMAN);
        assertThat(decision.escalations()).extracting(e -> e.role().name()).containsExactly("AGENT", "SUPERVISOR");
        assertThat(decision.ticket()).isNotNull();
    }

    @Test
    void whistle_blowing_is_acknowledged_without_details_and_goes_to_compliance_and_the_leader() {
        DialogDecision decision = decide(fresh, triage(Intent.INQUIRY, 0.6, 1, RiskFlag.WHISTLEBLOW), "举报客户经理收回扣");

        assertThat(decision.lines()).extracting(Line::script).containsExactly(Scripts.WHISTLEBLOW_REGISTERED);
        assertThat(decision.ticket().type()).isEqualTo(Intent.COMPLAINT);
        assertThat(decision.escalations()).extracting(e -> e.role().name()).containsExactly("COMPLIANCE", "LEADER");
    }

    @Test
    void asset_safety_brings_account_safety_guidance_and_an_urgent_compliance_alert() {
        DialogDecision decision = decide(fresh, triage(Intent.COMPLAINT, 0.9, 1, RiskFlag.ASSET_SAFETY), "账户被盗了");

        assertThat(decision.lines()).extracting(Line::script)
                .containsExactly(Scripts.COMPLAINT_ACK, Scripts.ASSET_GUIDANCE, Scripts.COMPLAINT_REGISTERED, Scripts.COMPLAINT_REPORTED);
        assertThat(decision.escalations()).singleElement().satisfies(e -> assertThat(e.urgent()).isTrue());
    }

    @Test
    void asking_for_a_person_hands_the_conversation_over() {
        DialogDecision decision = decide(fresh, triage(Intent.INQUIRY, 0.5, 1), "转人工");
        assertThat(decision.next()).isEqualTo(ConversationState.WITH_HUMAN);
        assertThat(decision.lines()).extracting(Line::script).containsExactly(Scripts.HANDOFF_HOLDING);
        assertThat(decision.escalations()).extracting(e -> e.reason()).containsExactly("customer_asked");
    }

    @Test
    void a_calm_complaint_is_registered_then_asked_what_happened_with_the_choice_to_skip() {
        DialogDecision decision = decide(fresh, triage(Intent.COMPLAINT, 0.9, 1), "卡被扣了钱");

        assertThat(decision.lines()).extracting(Line::script)
                .containsExactly(Scripts.COMPLAINT_ACK, Scripts.COMPLAINT_REGISTERED, Scripts.ASK_WHAT_AND_WHEN);
        assertThat(decision.lines().get(2).quickReplyScripts()).containsExactly(Scripts.DETAIL_SKIP_OPTION);
        assertThat(decision.next()).isEqualTo(ConversationState.COLLECTING_DETAILS);
        assertThat(decision.askFor()).isEqualTo(io.anxin.core.conversation.Detail.WHAT_AND_WHEN);
    }

    @Test
    void a_complaint_over_a_large_sum_is_reported_to_the_leader_and_the_chief_risk_officer() {
        Entities entities = io.anxin.core.entity.EntityExtractor.extract("理财亏了五万元，要求赔偿", java.time.LocalDate.EPOCH);
        DialogDecision decision = dialog.decide(
                new DialogInput(fresh, triage(Intent.COMPLAINT, 0.9, 1), "理财亏了五万元，要求赔偿", Lang.ZH_HANS, entities, null));

        assertThat(decision.escalations()).extracting(e -> e.role().name() + ":" + e.reason())
                .containsExactly("LEADER:economic_dispute", "RISK_OFFICER:economic_dispute");
        assertThat(decision.lines()).extracting(Line::script).contains(Scripts.COMPLAINT_REPORTED);
    }

    @Test
    void a_collective_complaint_naming_thirty_households_is_registered_as_a_crisis() {
        Entities entities = io.anxin.core.entity.EntityExtractor.extract("我们三十多户业主", java.time.LocalDate.EPOCH);
        DialogDecision decision = dialog.decide(new DialogInput(fresh, triage(Intent.COMPLAINT, 0.9, 2, RiskFlag.COLLECTIVE),
                "我们三十多户业主", Lang.ZH_HANS, entities, null));
        assertThat(decision.ticket().grade()).isEqualTo(Grade.ONE);
    }
}
