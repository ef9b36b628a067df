package io.anxin.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.message.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LuceneKnowledgeBaseTest {

    private static final double THRESHOLD = 0.4;

    private static KnowledgeEntry entry(String id, List<String> hans, List<String> hant, List<String> en,
            String answerHans, String answerHant, String answerEn) {
        return new KnowledgeEntry(id,
                Map.of(Lang.ZH_HANS, hans, Lang.ZH_HANT, hant, Lang.EN, en),
                Map.of(Lang.ZH_HANS, answerHans, Lang.ZH_HANT, answerHant, Lang.EN, answerEn),
                "customer-service", List.of("test"));
    }

    private static final KnowledgeEntry WITHDRAW_ARRIVAL = entry("withdraw-arrival",
            List.of("提现多久到账", "提现一般几天能到", "钱提出来要多长时间"),
            List.of("提現多久到賬", "提現一般幾天能到"),
            List.of("How long does a withdrawal take?", "When will my withdrawal arrive?"),
            "到账时间以提现页面显示的预计时间为准。", "到賬時間以提現頁面顯示的預計時間為準。",
            "The withdrawal page shows the expected arrival time.");

    private static final KnowledgeEntry LOGIN_PASSWORD = entry("login-password-reset",
            List.of("忘记登录密码怎么办", "登录密码想不起来了", "怎么重置登录密码"),
            List.of("忘記登錄密碼怎麼辦", "怎麼重置登錄密碼"),
            List.of("I forgot my login password.", "How do I reset my password?"),
            "在登录页点击“忘记密码”，用注册手机号接收验证码后设置新密码。",
            "在登錄頁點擊「忘記密碼」，用註冊手機號接收驗證碼後設置新密碼。",
            "Tap \"Forgot password\" on the login page and set a new one after a code is sent to your phone.");

    private static final KnowledgeEntry HOTLINE = entry("hotline",
            List.of("客服电话是多少", "你们的热线号码是什么", "我想打电话给客服"),
            List.of("客服電話是多少", "你們的熱線號碼是什麼"),
            List.of("What is your customer service phone number?", "What's the hotline number?"),
            "客服热线：【待填写：客服热线号码】。", "客服熱線：【待填寫：客服熱線號碼】。",
            "Our hotline: [to fill in: hotline number].");

    private static final KnowledgeEntry LOST_PHONE = entry("lost-phone",
            List.of("手机丢了怎么办", "手机被偷了账户会不会有危险", "手机遗失"),
            List.of("手機丟了怎麼辦", "手機被偷了賬戶會不會有危險"),
            List.of("I lost my phone.", "My phone was stolen, is my account safe?"),
            "请先挂失手机卡，再联系客服申请临时冻结账户。", "請先掛失手機卡，再聯繫客服申請臨時凍結賬戶。",
            "Block the SIM card first, then ask customer service to freeze your account temporarily.");

    private static final KnowledgeEntry BIND_CARD = entry("bind-card",
            List.of("怎么绑定银行卡", "添加银行卡在哪里", "如何绑卡"),
            List.of("怎麼綁定銀行卡", "添加銀行卡在哪裡"),
            List.of("How do I link a bank card?", "Where do I add a bank card?"),
            "在“我的—银行卡”中选择“添加银行卡”。", "在「我的—銀行卡」中選擇「添加銀行卡」。",
            "Go to \"Me — Bank cards\" and choose \"Add bank card\".");

    private static final KnowledgeEntry COMPLAINT_TIME = entry("complaint-time-limits",
            List.of("投诉多久能处理好", "投诉后多长时间有人联系我", "投诉处理要几天"),
            List.of("投訴多久能處理好", "投訴處理要幾天"),
            List.of("How long does it take to handle a complaint?", "When will someone contact me about my complaint?"),
            "负责部门在收到后24小时内与您联系，处理一般不超过3个工作日。",
            "負責部門在收到後24小時內與您聯繫，處理一般不超過3個工作日。",
            "The department contacts you within 24 hours and handles it within 3 working days.");

    private static final List<KnowledgeEntry> ENTRIES =
            List.of(WITHDRAW_ARRIVAL, LOGIN_PASSWORD, HOTLINE, LOST_PHONE, BIND_CARD, COMPLAINT_TIME);

    private final LuceneKnowledgeBase kb = new LuceneKnowledgeBase(ENTRIES, THRESHOLD);

    @AfterEach
    void close() {
        kb.close();
    }

    private Optional<String> answeredBy(String question, Lang lang) {
        return kb.answer(question, lang).map(match -> match.entry().id());
    }

    @Test
    void a_paraphrased_simplified_chinese_question_finds_the_entry_that_answers_it() {
        assertThat(answeredBy("我提现的钱大概几天能到银行卡", Lang.ZH_HANS)).contains("withdraw-arrival");
        assertThat(answeredBy("登录的密码记不住了，怎么找回", Lang.ZH_HANS)).contains("login-password-reset");
        assertThat(answeredBy("给我一个客服的电话号码", Lang.ZH_HANS)).contains("hotline");
        assertThat(answeredBy("我的手机昨天丢了，账户安全吗", Lang.ZH_HANS)).contains("lost-phone");
        assertThat(answeredBy("投诉以后几天能处理完", Lang.ZH_HANS)).contains("complaint-time-limits");
    }

    @Test
    void the_answer_is_given_in_the_language_asked_for_with_its_confidence() {
        KnowledgeMatch match = kb.answer("我想添加一张银行卡", Lang.ZH_HANS).orElseThrow();
        assertThat(match.entry()).isEqualTo(BIND_CARD);
        assertThat(match.answer()).isEqualTo(BIND_CARD.answer(Lang.ZH_HANS));
        assertThat(match.confidence()).isBetween(THRESHOLD, 1.0);
    }

    @Test
    void a_traditional_chinese_question_is_matched_and_answered_in_traditional_chinese() {
        KnowledgeMatch match = kb.answer("提現的錢要幾天才能到賬", Lang.ZH_HANT).orElseThrow();
        assertThat(match.entry().id()).isEqualTo("withdraw-arrival");
        assertThat(match.answer()).isEqualTo("到賬時間以提現頁面顯示的預計時間為準。");
        assertThat(answeredBy("登錄密碼記不起來了", Lang.ZH_HANT)).contains("login-password-reset");
        assertThat(answeredBy("手機被偷了，賬戶安全嗎", Lang.ZH_HANT)).contains("lost-phone");
    }

    @Test
    void traditional_chinese_also_matches_simplified_variants_when_the_caller_folds_the_scripts() {
        // A crude stand-in for a traditional-to-simplified table: the entries' zh-Hant variants are folded
        // away, so only the simplified ones can match.
        Map<Character, Character> table = Map.of('現', '现', '錢', '钱', '幾', '几', '賬', '账', '銀', '银', '還', '还');
        try (LuceneKnowledgeBase folding = new LuceneKnowledgeBase(ENTRIES, THRESHOLD, text -> {
            StringBuilder out = new StringBuilder();
            text.chars().forEach(c -> out.append(table.getOrDefault((char) c, (char) c)));
            return out.toString();
        })) {
            KnowledgeMatch match = folding.answer("提現的錢幾天到賬", Lang.ZH_HANT).orElseThrow();
            assertThat(match.entry().id()).isEqualTo("withdraw-arrival");
            assertThat(match.answer()).isEqualTo(WITHDRAW_ARRIVAL.answer(Lang.ZH_HANT));
        }
    }

    @Test
    void an_english_paraphrase_is_answered_in_english() {
        KnowledgeMatch match = kb.answer("How long will my withdrawal take to arrive?", Lang.EN).orElseThrow();
        assertThat(match.entry().id()).isEqualTo("withdraw-arrival");
        assertThat(match.answer()).isEqualTo("The withdrawal page shows the expected arrival time.");
        assertThat(answeredBy("I can't remember my login password", Lang.EN)).contains("login-password-reset");
        assertThat(answeredBy("Which phone number do I call for customer service?", Lang.EN)).contains("hotline");
        assertThat(answeredBy("My phone got stolen, what about my account?", Lang.EN)).contains("lost-phone");
    }

    @Test
    void an_unrelated_question_a_complaint_rant_or_small_talk_gets_no_answer() {
        assertThat(kb.answer("今天天气怎么样", Lang.ZH_HANS)).isEmpty();
        assertThat(kb.answer("你们什么破APP，垃圾公司，气死我了！！！", Lang.ZH_HANS)).isEmpty();
        assertThat(kb.answer("附近有什麼好吃的餐廳", Lang.ZH_HANT)).isEmpty();
        assertThat(kb.answer("你好", Lang.ZH_HANS)).isEmpty();
        assertThat(kb.answer("What's the weather like in Shanghai tomorrow?", Lang.EN)).isEmpty();
        assertThat(kb.answer("This is a useless company and I am furious!!!", Lang.EN)).isEmpty();
        assertThat(kb.answer("", Lang.EN)).isEmpty();
        assertThat(kb.answer("？？？", Lang.ZH_HANS)).isEmpty();
    }

    @Test
    void a_higher_threshold_defers_what_a_lower_one_answers() {
        KnowledgeMatch closest = kb.closest("提现的钱几天到", Lang.ZH_HANS).orElseThrow();
        assertThat(closest.entry().id()).isEqualTo("withdraw-arrival");
        try (LuceneKnowledgeBase strict = new LuceneKnowledgeBase(ENTRIES, Math.min(1, closest.confidence() + 0.01))) {
            assertThat(strict.answer("提现的钱几天到", Lang.ZH_HANS)).isEmpty();
        }
        try (LuceneKnowledgeBase lenient = new LuceneKnowledgeBase(ENTRIES, closest.confidence())) {
            assertThat(lenient.answer("提现的钱几天到", Lang.ZH_HANS)).isPresent();
        }
    }

    @Test
    void rebuilding_swaps_the_entries_so_a_removed_entry_is_no_longer_answered_and_a_new_one_is() {
        KnowledgeEntry walkIn = entry("walk-in",
                List.of("可以去你们公司当面反映吗", "你们公司地址在哪里"),
                List.of("可以去你們公司當面反映嗎", "你們公司地址在哪裡"),
                List.of("Can I come to your office in person?", "What is your office address?"),
                "公司接待地址：【待填写：公司接待地址】。", "公司接待地址：【待填寫：公司接待地址】。",
                "Our reception address: [to fill in: reception address].");
        assertThat(answeredBy("给我一个客服的电话号码", Lang.ZH_HANS)).contains("hotline");
        assertThat(answeredBy("你们公司的地址在什么地方", Lang.ZH_HANS)).isEmpty();

        kb.rebuild(List.of(WITHDRAW_ARRIVAL, LOGIN_PASSWORD, walkIn));

        assertThat(kb.entries()).extracting(KnowledgeEntry::id)
                .containsExactly("withdraw-arrival", "login-password-reset", "walk-in");
        assertThat(answeredBy("给我一个客服的电话号码", Lang.ZH_HANS)).isEmpty();
        assertThat(answeredBy("你们公司的地址在什么地方", Lang.ZH_HANS)).contains("walk-in");
        assertThat(answeredBy("Where is your office?", Lang.EN)).contains("walk-in");
    }

    @Test
    void a_rebuild_with_a_duplicate_id_is_refused_and_the_old_entries_stay() {
        assertThatThrownBy(() -> kb.rebuild(List.of(HOTLINE, HOTLINE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'hotline'");
        assertThat(kb.entries()).hasSize(ENTRIES.size());
        assertThat(answeredBy("我提现的钱大概几天能到银行卡", Lang.ZH_HANS)).contains("withdraw-arrival");
    }

    @Test
    void searches_running_while_the_entries_are_rebuilt_each_see_the_old_or_the_new_entries() throws Exception {
        List<KnowledgeEntry> withoutHotline = List.of(WITHDRAW_ARRIVAL, LOGIN_PASSWORD, LOST_PHONE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Optional<String>>>> searches = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                searches.add(pool.submit(() -> {
                    List<Optional<String>> seen = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        seen.add(answeredBy(i % 2 == 0 ? "我提现的钱大概几天能到银行卡" : "给我一个客服的电话号码", Lang.ZH_HANS));
                    }
                    return seen;
                }));
            }
            Future<?> rebuilds = pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    kb.rebuild(i % 2 == 0 ? withoutHotline : ENTRIES);
                }
            });
            rebuilds.get();
            for (Future<List<Optional<String>>> search : searches) {
                assertThat(search.get()).allSatisfy(found ->
                        assertThat(found).satisfiesAnyOf(
                                f -> assertThat(f).contains("withdraw-arrival"),
                                f -> assertThat(f).contains("hotline"),
                                f -> assertThat(f).isEmpty()));
            }
            assertThat(answeredBy("我提现的钱大概几天能到银行卡", Lang.ZH_HANS)).contains("withdraw-arrival");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_closed_knowledge_base_refuses_searches_and_rebuilds() {
        LuceneKnowledgeBase closed = new LuceneKnowledgeBase(ENTRIES, THRESHOLD);
        closed.close();
        assertThatThrownBy(() -> closed.answer("客服电话", Lang.ZH_HANS)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> closed.rebuild(ENTRIES)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_threshold_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> new LuceneKnowledgeBase(ENTRIES, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..1");
    }

    @Test
    void an_entry_without_an_answer_or_a_question_in_every_language_is_refused() {
        assertThatThrownBy(() -> new KnowledgeEntry("x",
                Map.of(Lang.ZH_HANS, List.of("问"), Lang.ZH_HANT, List.of("問"), Lang.EN, List.of("q")),
                Map.of(Lang.ZH_HANS, "答", Lang.EN, "a"), "customer-service", List.of()))
                .hasMessageContaining("knowledge entry 'x' has no zh-Hant answer");
        assertThatThrownBy(() -> new KnowledgeEntry("y",
                Map.of(Lang.ZH_HANS, List.of("问"), Lang.ZH_HANT, List.of("問"), Lang.EN, List.of()),
                Map.of(Lang.ZH_HANS, "答", Lang.ZH_HANT, "答", Lang.EN, "a"), "customer-service", List.of()))
                .hasMessageContaining("knowledge entry 'y' has no en question");
    }
}
