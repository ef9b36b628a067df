package io.anxin.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintFingerprintTest {

    private record Pair(boolean same, String first, String second) {
        double similarity() {
            return ComplaintFingerprint.of(first).similarity(ComplaintFingerprint.of(second));
        }
    }

    private static List<Pair> pairs() throws IOException {
        try (InputStream in = ComplaintFingerprintTest.class.getResourceAsStream("/recurrence/pairs.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|"))
                    .map(p -> new Pair(p[0].strip().equals("same"), p[1].strip(), p[2].strip()))
                    .toList();
        }
    }

    @Test
    void finds_most_retellings_of_one_problem_and_almost_never_joins_different_problems_about_one_object()
            throws IOException {
        List<Pair> pairs = pairs();
        long same = pairs.stream().filter(Pair::same).count();
        long different = pairs.size() - same;
        long found = pairs.stream().filter(p -> p.same() && p.similarity() >= SameComplaint.AT_LEAST).count();
        long joined = pairs.stream().filter(p -> !p.same() && p.similarity() >= SameComplaint.AT_LEAST).count();

        assertThat(same).isEqualTo(18);
        assertThat(different).isEqualTo(18);
        // The figures quoted in SameComplaint's documentation.
        assertThat(found).isEqualTo(13);
        assertThat(joined).isEqualTo(1);
    }

    @Test
    void numbers_in_any_writing_are_one_sign_so_the_count_of_days_does_not_make_complaints_different() {
        assertThat(ComplaintFingerprint.of("提现三天了没到账").similarity(ComplaintFingerprint.of("提现5天了没到账")))
                .isEqualTo(1.0);
    }

    @Test
    void style_words_and_words_every_complaint_uses_do_not_make_two_complaints_alike() {
        assertThat(ComplaintFingerprint.of("你们客服怎么处理问题的？我要投诉！")
                .similarity(ComplaintFingerprint.of("我要投诉你们，这个问题怎么还没处理"))).isLessThan(0.3);
    }

    @Test
    void english_complaints_compare_by_their_words_whatever_the_case_and_plural() {
        assertThat(ComplaintFingerprint.of("Refunds NOT received").similarity(ComplaintFingerprint.of("refund not received")))
                .isEqualTo(1.0);
    }

    @Test
    void a_text_with_nothing_to_compare_is_like_nothing() {
        assertThat(ComplaintFingerprint.of("？？？").similarity(ComplaintFingerprint.of("提现没到账"))).isZero();
    }
}
