package io.anxin.core.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One cluster of complaints that are "the same complaint" by the grading's measure
 * ({@link io.anxin.core.recurrence.SameComplaint}): what compliance demands a fix for (000 part 5 §11-12).
 *
 * @param category      the complaints' category
 * @param complaints    how many complaints of the period are in it
 * @param departments   responsible department → how many of them ({@code -} for none yet)
 * @param examples      a few of them, the earliest first; whistle-blowing is never an example
 * @param previous      how many complaints of the period before were the same complaint as its first one
 * @param trend         {@code new} (none before), {@code up}, {@code down} or {@code same}
 */
public record RecurringProblem(String category, long complaints, Map<String, Long> departments,
        List<Example> examples, long previous, String trend) {

    /**
     * @param ticket  the ticket's number
     * @param excerpt the start of the customer's words with personal data masked, null where the reader may not see
     *                them
     */
    public record Example(String ticket, @Nullable String excerpt) {}
}
