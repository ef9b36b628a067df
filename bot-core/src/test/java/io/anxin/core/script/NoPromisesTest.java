package io.anxin.core.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.message.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoPromisesTest {

    @Test
    void a_sentence_promising_an_outcome_is_named_with_its_language_key_and_phrase() {
        List<String> problems = NoPromises.violations(Map.of(
                Lang.ZH_HANS, Map.of("complaint.registered", "我们保证三天内给您退款。"),
                Lang.EN, Map.of("complaint.registered", "Don't worry, you will get a refund.")), List.of());

        assertThat(problems).containsExactlyInAnyOrder(
                "zh-Hans: complaint.registered: promises an outcome ('保证')",
                "en: complaint.registered: promises an outcome ('you will get a refund')");
    }

    @Test
    void promising_a_procedure_and_its_time_limit_is_allowed() {
        assertThat(NoPromises.violations(Map.of(Lang.ZH_HANS,
                Map.of("k", "负责部门会在 2026年11月23日 09:00 前与您联系。")), List.of())).isEmpty();
    }

    @Test
    void a_policy_pack_can_forbid_phrases_of_its_own() {
        assertThat(NoPromises.violations(Map.of(Lang.ZH_HANS, Map.of("k", "放心，包赔。")), List.of("包赔")))
                .containsExactly("zh-Hans: k: promises an outcome ('包赔')");
    }
}
