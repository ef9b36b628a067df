package io.anxin.core.ticket;

import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import java.util.function.Predicate;

/**
 * The initial grade of a new ticket from what triage saw (000 part 1 §3: one condition suffices).
 * Facts learned later (repeats within a month, household counts, age) regrade it.
 */
public final class Grading {

    /** Threatened media exposure may seriously harm the company's reputation: crisis. */
    static final Predicate<TriageResult> THREATENS_MEDIA_EXPOSURE = t -> t.flagged(RiskFlag.MEDIA);

    /** Litigation or a regulator complaint may follow. */
    static final Predicate<TriageResult> THREATENS_LITIGATION = t -> t.flagged(RiskFlag.LAWSUIT);

    /** Speaks for several customers or households. */
    static final Predicate<TriageResult> IS_COLLECTIVE = t -> t.flagged(RiskFlag.COLLECTIVE);

    /** 000 part 1 §3: group litigation of 10 or more households is a crisis; 3 to 9 is grade 2. */
    static final int CRISIS_GROUP_SIZE = 10;

    private Grading() {}

    /**
     * @param groupSize how many households or people the complaint speaks for, 0 when not said
     */
    public static Grade initialGrade(TriageResult triage, int groupSize) {
        if (THREATENS_MEDIA_EXPOSURE.test(triage) || (IS_COLLECTIVE.test(triage) && groupSize >= CRISIS_GROUP_SIZE)) {
            return Grade.ONE;
        }
        if (THREATENS_LITIGATION.or(IS_COLLECTIVE).test(triage)) {
            return Grade.TWO;
        }
        return Grade.FOUR;
    }
}
