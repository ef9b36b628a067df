package io.anxin.core.recurrence;

import io.anxin.core.ticket.Ticket;
import io.anxin.core.triage.Category;
import org.jspecify.annotations.Nullable;

/**
 * The rule that two complaints are "the same complaint" (000 part 1 §3: the same complaint from three or more
 * customers within a month is grade 2): the same category, and texts at least {@link #AT_LEAST} alike by
 * {@link ComplaintFingerprint#similarity}.
 *
 * <p>The threshold was chosen on hand-written pairs of real-looking complaints (the test resource
 * {@code recurrence/pairs.txt}): at 0.45 it finds 13 of 18 pairs that are the same problem in other words and
 * wrongly joins 1 of 18 pairs about the same object with a different problem. It leans to missing a repeat
 * rather than inventing one, because the grade it raises sends work to a supervisor, and needing three
 * customers makes a single wrong pair harmless.
 */
public final class SameComplaint {

    /** How alike two complaints' texts must be. */
    public static final double AT_LEAST = 0.45;

    private SameComplaint() {}

    public static boolean test(Ticket first, Ticket second) {
        return test(first.category(), fingerprint(first), second.category(), fingerprint(second));
    }

    /** The same rule on fingerprints computed once, for comparing many complaints with many (the reports' clusters). */
    public static boolean test(@Nullable Category first, ComplaintFingerprint firstText, @Nullable Category second,
            ComplaintFingerprint secondText) {
        return first != null && first == second && firstText.similarity(secondText) >= AT_LEAST;
    }

    /** The customer's own words: what they said first and what they added. */
    public static ComplaintFingerprint fingerprint(Ticket ticket) {
        return ComplaintFingerprint.of(words(ticket));
    }

    /** The words a complaint's fingerprint is made of. */
    public static String words(Ticket ticket) {
        String summary = ticket.form().summary();
        return summary == null ? ticket.content() : ticket.content() + "\n" + summary;
    }
}
