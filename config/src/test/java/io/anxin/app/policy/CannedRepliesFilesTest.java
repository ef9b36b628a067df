package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.desk.CannedReplies;
import io.anxin.core.message.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class CannedRepliesFilesTest {

    private static ByteArrayResource yaml(String text) {
        return new ByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void the_shipped_canned_replies_have_every_language_and_promise_nothing_under_any_shipped_pack() {
        CannedReplies replies = CannedRepliesFiles.replies(new ClassPathResource("desk/canned-replies.yml"),
                "desk/canned-replies.yml", List.of("稳赚", "保本", "包赔", "马上修好", "一定修好", "刚性兑付"));
        assertThat(replies.all()).isNotEmpty();
        assertThat(replies.all().get(0).text(Lang.ZH_HANT)).isEqualTo("您好，我是客服人員，接下來由我為您處理。");
    }

    @Test
    void a_reply_that_promises_an_outcome_or_lacks_a_language_is_refused_naming_it() {
        assertThatThrownBy(() -> CannedRepliesFiles.replies(yaml("""
                replies:
                  - id: refund
                    text:
                      zh-Hans: 我们保证马上退款。
                      zh-Hant: 我們會核實。
                      en: We guarantee a refund.
                  - id: short
                    text:
                      zh-Hans: 请稍等。
                      en: One moment please.
                """), "desk/canned-replies.yml", List.of()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("desk/canned-replies.yml: reply 'refund' text.zh-Hans promises an outcome ('保证')")
                .hasMessageContaining("reply 'refund' text.en promises an outcome ('we guarantee')")
                .hasMessageContaining("reply 'short' text.zh-Hant is required");
    }

    @Test
    void the_policy_packs_own_forbidden_phrases_are_refused_as_well() {
        assertThatThrownBy(() -> CannedRepliesFiles.replies(yaml("""
                replies:
                  - id: product
                    text:
                      zh-Hans: 这款产品稳赚不赔。
                      zh-Hant: 這款產品風險較低。
                      en: This product has a low risk.
                """), "desk/canned-replies.yml", List.of("稳赚")))
                .hasMessageContaining("reply 'product' text.zh-Hans promises an outcome ('稳赚')");
    }
}
