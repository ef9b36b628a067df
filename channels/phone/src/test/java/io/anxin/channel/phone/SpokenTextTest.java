package io.anxin.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.message.Lang;
import org.junit.jupiter.api.Test;

class SpokenTextTest {

    @Test
    void a_ticket_number_and_a_deadline_are_read_digit_by_digit_without_symbols_in_simplified_chinese() {
        String said = SpokenText.spoken("您的投诉已经登记，工单号是 C-202611-0001。负责部门会在 2026年11月25日 10:00 前给您回电。",
                Lang.ZH_HANS);
        assertThat(said).contains("C 二零二六一一 零零零一").contains("二零二六 年11月25日 10点 前").doesNotContain("-")
                .doesNotContain(":");
    }

    @Test
    void traditional_chinese_says_its_own_hour_word_and_drops_quotes_and_brackets() {
        String said = SpokenText.spoken("需要人工客服，請說「轉人工」（通話中按0）。時間 9:30", Lang.ZH_HANT);
        assertThat(said).doesNotContain("「").doesNotContain("（").contains("轉人工").contains("9點30分");
    }

    @Test
    void english_digits_are_words_and_times_are_said_as_a_person_says_them() {
        String said = SpokenText.spoken("Your complaint is registered as C-202611-0001. We will call you by 09:00 on 25 November.",
                Lang.EN);
        assertThat(said).contains("C two zero two six one one zero zero zero one").contains("9 o'clock on 25 November")
                .doesNotContain("-");
    }

    @Test
    void a_long_sentence_is_cut_at_its_commas_into_short_ones() {
        assertThat(SpokenText.sentences("为了尽快帮您核实，能跟我说说具体发生了什么、大概是什么时间吗，不方便的话可以跳过，我们会先登记下来，再请负责部门和您联系。",
                Lang.ZH_HANS)).hasSizeGreaterThan(1).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(40));
    }
}
