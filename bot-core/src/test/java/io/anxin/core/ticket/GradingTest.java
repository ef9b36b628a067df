package io.anxin.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.message.Lang;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GradingTest {

    private static TriageResult complaint(RiskFlag... flags) {
        return new TriageResult(Intent.COMPLAINT, 0.9, Category.BUSINESS_ERROR, Set.of(flags), 2, Lang.ZH_HANS);
    }

    @Test
    void a_threat_of_media_exposure_is_a_crisis() {
        assertThat(Grading.initialGrade(complaint(RiskFlag.MEDIA, RiskFlag.LAWSUIT), 0)).isEqualTo(Grade.ONE);
    }

    @Test
    void a_threatened_lawsuit_or_a_collective_complaint_is_grade_two() {
        assertThat(Grading.initialGrade(complaint(RiskFlag.LAWSUIT), 0)).isEqualTo(Grade.TWO);
        assertThat(Grading.initialGrade(complaint(RiskFlag.COLLECTIVE), 5)).isEqualTo(Grade.TWO);
    }

    @Test
    void an_ordinary_complaint_is_grade_four() {
        assertThat(Grading.initialGrade(complaint(), 0)).isEqualTo(Grade.FOUR);
    }

    @Test
    void a_collective_complaint_of_ten_households_or_more_is_a_crisis_and_of_fewer_grade_two() {
        assertThat(Grading.initialGrade(complaint(RiskFlag.COLLECTIVE), 10)).isEqualTo(Grade.ONE);
        assertThat(Grading.initialGrade(complaint(RiskFlag.COLLECTIVE), 3)).isEqualTo(Grade.TWO);
        assertThat(Grading.initialGrade(complaint(RiskFlag.COLLECTIVE), 0)).isEqualTo(Grade.TWO);
    }
}
