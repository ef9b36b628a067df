package io.anxin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void a_mobile_number_keeps_only_its_prefix_and_last_four_digits() {
        assertThat(PersonalData.mask("请回电13812345678谢谢")).isEqualTo("请回电138****5678谢谢");
        assertThat(PersonalData.mask("call +86 138 1234 5678")).isEqualTo("call +86 *** **** 5678");
    }

    @Test
    void an_email_address_keeps_its_first_letter_and_domain() {
        assertThat(PersonalData.mask("mail zhang.san@example.com now")).isEqualTo("mail z***@example.com now");
    }

    @Test
    void id_and_bank_card_numbers_keep_only_their_last_four_characters() {
        assertThat(PersonalData.mask("身份证11010519491231002X")).isEqualTo("身份证**************002X");
        assertThat(PersonalData.mask("卡号 6222 0212 3456 7890")).isEqualTo("卡号 **** **** **** 7890");
        assertThat(PersonalData.mask("账号6222021234567890123")).isEqualTo("账号***************0123");
    }

    @Test
    void a_landline_is_masked_but_amounts_dates_and_ticket_numbers_are_left_alone() {
        assertThat(PersonalData.mask("电话 021-62345678")).isEqualTo("电话 021-******78");
        assertThat(PersonalData.mask("提现5000元，2026-11-20，工单C-202611-0042"))
                .isEqualTo("提现5000元，2026-11-20，工单C-202611-0042");
    }

    @Test
    void a_wechat_openid_keeps_only_its_first_letter_and_last_two_characters() {
        assertThat(PersonalData.mask("openid=oUpF8uMuAJO_M2pxb1Q9zNjWeS6o end"))
                .isEqualTo("openid=o**********_**************6o end");
    }

    @Test
    void a_street_address_is_replaced_whole_in_chinese_or_english_but_a_date_or_a_road_alone_stays() {
        assertThat(PersonalData.mask("寄到北京市朝阳区建国路88号3栋2单元501室，谢谢"))
                .isEqualTo("寄到北京[address]，谢谢");
        assertThat(PersonalData.mask("住在臺北市中山區南京東路三段 25 號")).contains("[address]").doesNotContain("25");
        assertThat(PersonalData.mask("send it to 221 Baker Street please")).isEqualTo("send it to [address] please");
        assertThat(PersonalData.mask("我这里3号下的单，建国路那家店")).isEqualTo("我这里3号下的单，建国路那家店");
    }

    @Test
    void the_shortest_international_number_is_masked() {
        assertThat(PersonalData.mask("call +1 23 456 789 today")).isEqualTo("call +1 ** *** *89 today");
    }

    @Test
    void skipping_the_patterns_a_text_cannot_match_masks_exactly_what_trying_them_all_does() {
        String[] parts = {"13812345678", "138 1234 5678", "+86-138-1234-5678", "021-62345678", "+1 23 456 789",
            "11010519491231002X", "6222 0212 3456 7890", "6222-0212-3456-789", "a.b@example.com", "@", "号", "號",
            "建国路88号", "南京東路三段 25 號", "221 Baker Street", "12\tMain Road", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
            "C-202611-0042", "2026-11-20", "12 345 678", "cv-4936395df2add1a57e1eb202", "confidence=0.98", " ", "-", "x",
            "12", "3号", "0", "--", "1-", "-1", "\n", "Way", "Baker", "88", "你好"};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            assertThat(PersonalData.mask(t)).as(t).isEqualTo(PersonalData.mask(t, false));
        }
    }
}
