package io.anxin.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.message.Lang;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(TextNormalizer.normalize("請問帳戶餘額為什麼變少了")).isEqualTo("请问帐户余额为什么变少了");
    }

    @Test
    void fullWidthAsciiBecomesHalfWidthAndLowerCase() {
        assertThat(TextNormalizer.normalize("ＡＰＰ１２３！？")).isEqualTo("app123!?");
    }

    @Test
    void emojiPassThroughAndBecomeFeatures() {
        assertThat(FeatureExtractor.features("好评👍")).contains("emoji:👍", "<emoji>", "好评");
    }

    @Test
    void chineseYieldsCharacterUnigramsBigramsAndTrigrams() {
        assertThat(FeatureExtractor.features("退钱啊")).contains("退", "钱", "啊", "退钱", "钱啊", "退钱啊");
    }

    @Test
    void englishYieldsWordsAndWordBigramsWithDigitsCollapsed() {
        assertThat(FeatureExtractor.features("Refund 300 now")).contains("refund", "<num>", "refund_<num>", "<num>_now");
    }

    @Test
    void textWithoutChineseIsEnglish() {
        assertThat(LangDetector.detect("where is my parcel")).isEqualTo(Lang.EN);
    }

    @Test
    void traditionalOnlyCharactersMakeTraditionalChinese() {
        assertThat(LangDetector.detect("這個App的設定在哪裡")).isEqualTo(Lang.ZH_HANT);
    }

    @Test
    void mixedChineseAndEnglishCountsAsItsChineseScript() {
        assertThat(LangDetector.detect("我的refund还没到")).isEqualTo(Lang.ZH_HANS);
    }

    @Test
    void charactersSharedByBothScriptsDoNotMakeTextTraditional() {
        assertThat(LangDetector.detect("著名的乾隆皇帝")).isEqualTo(Lang.ZH_HANS);
    }
}
