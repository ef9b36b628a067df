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

    /** 000 part 1 §3: complained three times after handling is grade 3. */
    static final int COMPLAINTS_AFTER_HANDLING = 3;

    private Grading() {}

    /** The more severe of two grades: facts only ever raise a grade. */
    public static Grade moreSevere(Grade a, Grade b) {
        return a.level() <= b.level() ? a : b;
    }

    /**
     * The grade of an open complaint once a later message of the customer raised more flags (000 part 1 §3: the
     * grade follows the facts as they become known): what those flags would have earned at intake, if more severe.
     */
    public static Grade withLaterFlags(Grade current, TriageResult later, int groupSize) {
        return moreSevere(current, initialGrade(later, groupSize));
    }

    /**
     * The grade of a re-complaint (000 part 5 §17(七)): never lower than the complaint it renews, and at least 3 when it is
     * the customer's third complaint about the matter after handling (000 part 1 §3: 处理后仍投诉3次).
     *
     * @param complaintsSoFar how many complaints the matter has had, this one included
     */
    public static Grade ofReComplaint(Grade previous, Grade own, int complaintsSoFar) {
        Grade grade = moreSevere(previous, own);
        return complaintsSoFar >= COMPLAINTS_AFTER_HANDLING ? moreSevere(grade, Grade.THREE) : grade;
    }

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
