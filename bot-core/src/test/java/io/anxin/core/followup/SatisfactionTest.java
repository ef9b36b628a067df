package io.anxin.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SatisfactionTest {

    @Test
    void two_scores_are_read_however_the_customer_writes_them_result_first() {
        assertThat(Satisfaction.parse("8 9")).contains(new Satisfaction(8, 9));
        assertThat(Satisfaction.parse("结果8分，态度9分")).contains(new Satisfaction(8, 9));
        assertThat(Satisfaction.parse("８／１０")).contains(new Satisfaction(8, 10));
        assertThat(Satisfaction.parse("十分 七分")).contains(new Satisfaction(10, 7));
        assertThat(Satisfaction.parse("result 3 attitude 5")).contains(new Satisfaction(3, 5));
    }

    @Test
    void anything_but_exactly_two_scores_from_0_to_10_is_not_an_answer() {
        assertThat(Satisfaction.parse("8")).isEmpty();
        assertThat(Satisfaction.parse("还是没到账")).isEmpty();
        assertThat(Satisfaction.parse("12 9")).isEmpty();
        assertThat(Satisfaction.parse("我的卡号 6222 0000 1111 2222 还是被扣了 1 9 块")).isEmpty();
    }

    @Test
    void the_lower_score_decides_so_a_good_result_delivered_rudely_still_gets_a_call_back() {
        assertThat(new Satisfaction(9, 3).level()).isEqualTo(Satisfaction.Level.DISSATISFIED);
        assertThat(new Satisfaction(7, 10).level()).isEqualTo(Satisfaction.Level.AVERAGE);
        assertThat(new Satisfaction(8, 8).level()).isEqualTo(Satisfaction.Level.SATISFIED);
        assertThat(new Satisfaction(4, 4).asRecorded()).isEqualTo("result 4/10, attitude 4/10 (dissatisfied)");
    }
}
