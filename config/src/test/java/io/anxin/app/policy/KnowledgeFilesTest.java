package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.knowledge.KnowledgeEntry;
import io.anxin.core.knowledge.LuceneKnowledgeBase;
import io.anxin.core.message.Lang;
import io.anxin.nlp.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

class KnowledgeFilesTest {

    /** Promises of an outcome an answer must never make (003 §5(二) 切忌随意表态、许愿). */
    private static final List<String> PROMISES = List.of(
            "保证", "保證", "一定", "肯定赔偿", "肯定賠償", "马上退款", "馬上退款", "立即退款", "包赔", "包賠",
            "we guarantee", "guaranteed", "you will get a refund", "you will be refunded", "we promise");

    @TempDir
    Path dir;

    /** Loaded as the application loads it: with the default pack's own forbidden phrases. */
    private static List<KnowledgeEntry> shipped() {
        List<String> forbidden = PolicyFiles.policy(new ClassPathResource("policies/default.yml"), "policies/default.yml")
                .forbiddenPhrases();
        return KnowledgeFiles.entries(new ClassPathResource("knowledge/default.yml"), "knowledge/default.yml", forbidden);
    }

    private List<KnowledgeEntry> load(String yaml) throws IOException {
        Path file = dir.resolve("kb.yml");
        Files.writeString(file, yaml);
        return KnowledgeFiles.entries(new FileSystemResource(file), "knowledge/kb.yml");
    }

    @Test
    void the_shipped_knowledge_base_has_at_least_forty_entries_each_asked_and_answered_in_three_languages() {
        List<KnowledgeEntry> entries = shipped();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(40);
        assertThat(entries).allSatisfy(entry -> {
            for (Lang lang : Lang.values()) {
                assertThat(entry.answer(lang)).as(entry.id() + " " + lang.tag()).isNotBlank();
            }
            assertThat(entry.questions(Lang.ZH_HANS)).as(entry.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(entry.questions(Lang.ZH_HANT)).as(entry.id()).isNotEmpty();
            assertThat(entry.questions(Lang.EN)).as(entry.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(entry.department()).as(entry.id()).isNotBlank();
        });
    }

    @Test
    void the_shipped_knowledge_base_covers_channels_money_security_identity_cards_and_complaints() {
        Set<String> ids = shipped().stream().map(KnowledgeEntry::id).collect(Collectors.toSet());
        assertThat(ids).contains("channels", "hotline", "service-hours", "email", "wechat", "in-app-chat",
                "feedback-form", "withdraw-arrival", "withdraw-fee", "recharge-how", "login-password-reset",
                "lost-phone", "freeze-account", "suspicious-login", "real-name-how", "bind-card", "unbind-card",
                "complaint-how", "complaint-time-limits", "escalate", "suggestion-how", "privacy");
    }

    @Test
    void no_shipped_answer_promises_an_outcome() {
        assertThat(shipped()).allSatisfy(entry -> {
            for (Lang lang : Lang.values()) {
                String answer = entry.answer(lang).toLowerCase(Locale.ROOT);
                assertThat(PROMISES).as(entry.id() + " " + lang.tag())
                        .noneMatch(promise -> answer.contains(promise.toLowerCase(Locale.ROOT)));
            }
        });
    }

    @Test
    void an_answer_that_promises_an_outcome_is_refused_naming_entry_and_language() throws IOException {
        Path file = dir.resolve("promising.yml");
        Files.writeString(file, """
                entries:
                  - id: refund
                    department: customer-service
                    tags: [refund]
                    questions:
                      zh-Hans: [能退款吗]
                      zh-Hant: [能退款嗎]
                      en: [Can I get a refund]
                    answer:
                      zh-Hans: 放心，马上退款。
                      zh-Hant: 我們會核實後答覆您。
                      en: We will check and reply.
                """);
        assertThatThrownBy(() -> KnowledgeFiles.entries(new FileSystemResource(file), "knowledge/promising.yml", List.of()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("knowledge/promising.yml: entry 'refund' answer.zh-Hans promises an outcome ('马上退款')");
    }

    @Test
    void the_shipped_answers_on_complaints_carry_the_time_limits_of_003() {
        KnowledgeEntry limits = shipped().stream().filter(e -> e.id().equals("complaint-time-limits")).findFirst().orElseThrow();
        assertThat(limits.answer(Lang.ZH_HANS)).contains("1小时", "24小时", "3个工作日", "7个工作日");
        assertThat(limits.answer(Lang.ZH_HANT)).contains("1小時", "24小時", "3個工作日", "7個工作日");
        assertThat(limits.answer(Lang.EN)).contains("1 hour", "24 hours", "3 working days", "7 working days");
    }

    @Test
    void company_specific_facts_are_left_as_marked_placeholders_in_every_language() {
        KnowledgeEntry hotline = shipped().stream().filter(e -> e.id().equals("hotline")).findFirst().orElseThrow();
        assertThat(hotline.answer(Lang.ZH_HANS)).contains("【待填写：客服热线号码】");
        assertThat(hotline.answer(Lang.ZH_HANT)).contains("【待填寫：客服熱線號碼】");
        assertThat(hotline.answer(Lang.EN)).contains("[to fill in: hotline number]");
    }

    @Test
    void the_shipped_knowledge_base_answers_an_faq_in_each_language_and_defers_an_unrelated_message() {
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(shipped(), 0.4, TextNormalizer::normalize)) {
            assertThat(kb.answer("提现的钱要几天才能到银行卡", Lang.ZH_HANS)).get()
                    .satisfies(m -> assertThat(m.entry().id()).isEqualTo("withdraw-arrival"));
            assertThat(kb.answer("登錄密碼忘記了要怎麼重新設置", Lang.ZH_HANT)).get()
                    .satisfies(m -> assertThat(m.entry().id()).isEqualTo("login-password-reset"))
                    .satisfies(m -> assertThat(m.answer()).isEqualTo(m.entry().answer(Lang.ZH_HANT)));
            assertThat(kb.answer("My phone has been stolen, what happens to my account?", Lang.EN)).get()
                    .satisfies(m -> assertThat(m.entry().id()).isEqualTo("lost-phone"));
            assertThat(kb.answer("今天天气怎么样", Lang.ZH_HANS)).isEmpty();
            assertThat(kb.answer("垃圾公司，骗子，还我血汗钱！！！", Lang.ZH_HANS)).isEmpty();
        }
    }

    @Test
    void a_missing_answer_an_empty_variant_list_and_an_unknown_key_are_each_named_with_file_and_entry() {
        assertThatThrownBy(() -> load("""
                entries:
                  - id: withdraw-fee
                    department: operations
                    tags: [withdrawal]
                    questions:
                      zh-Hans: [提现要手续费吗]
                      zh-Hant: []
                      en: [Is there a withdrawal fee]
                    answer:
                      zh-Hans: 以提现页面显示为准。
                      zh-Hant: 以提現頁面顯示為準。
                    anwser-note: typo
                """))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("knowledge/kb.yml: entry 'withdraw-fee' questions.zh-Hant is empty")
                .hasMessageContaining("knowledge/kb.yml: entry 'withdraw-fee' answer.en is required")
                .hasMessageContaining("knowledge/kb.yml: entry 'withdraw-fee' anwser-note is not a known setting");
    }

    @Test
    void a_duplicate_id_is_refused_naming_both_entries() {
        String entry = """
                  - id: hotline
                    department: customer-service
                    questions: {zh-Hans: [客服电话%1$s], zh-Hant: [客服電話%1$s], en: [hotline %1$s]}
                    answer: {zh-Hans: 热线, zh-Hant: 熱線, en: hotline}
                """;
        assertThatThrownBy(() -> load("entries:\n" + entry.formatted("一") + entry.formatted("二")))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("knowledge/kb.yml: entry 'hotline' id 'hotline' is already used by entry #1");
    }

    @Test
    void an_unknown_language_a_missing_id_a_blank_answer_and_a_top_level_typo_are_refused() {
        assertThatThrownBy(() -> load("""
                entires: []
                entries:
                  - department: customer-service
                    questions: {zh-Hans: [问], zh-Hant: [問], en: [q], fr: [question]}
                    answer: {zh-Hans: "  ", zh-Hant: 答, en: a}
                """))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("knowledge/kb.yml: entires is not a known setting")
                .hasMessageContaining("knowledge/kb.yml: entry #1 id is required")
                .hasMessageContaining("knowledge/kb.yml: entry #1 questions.fr is not a known language")
                .hasMessageContaining("knowledge/kb.yml: entry #1 answer.zh-Hans is empty");
    }

    @Test
    void the_same_question_in_two_entries_is_refused_because_it_could_lead_to_either() {
        assertThatThrownBy(() -> load("""
                entries:
                  - id: a
                    department: customer-service
                    questions: {zh-Hans: [怎么提现], zh-Hant: [怎麼提現], en: [How do I withdraw]}
                    answer: {zh-Hans: 甲, zh-Hant: 甲, en: A}
                  - id: b
                    department: customer-service
                    questions: {zh-Hans: [怎么提现], zh-Hant: [提現], en: [Withdraw]}
                    answer: {zh-Hans: 乙, zh-Hant: 乙, en: B}
                """))
                .hasMessageContaining("knowledge/kb.yml: entry 'b' questions.zh-Hans[1] '怎么提现' is also a question of entry 'a'");
    }

    @Test
    void a_file_without_entries_is_refused() {
        assertThatThrownBy(() -> load("name: empty\n"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("knowledge/kb.yml: entries is required");
    }
}
