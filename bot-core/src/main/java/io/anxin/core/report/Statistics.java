package io.anxin.core.report;

import java.time.Instant;
import java.util.Map;

/**
 * A period's figures, in all and broken down by every {@link Dimension}.
 *
 * @param period      the days covered
 * @param zone        the time zone the days are in
 * @param generatedAt when it was computed ("overdue" means overdue then)
 * @param total       all the period's tickets
 * @param by          dimension label → value → figures, values in order
 */
public record Statistics(Period period, String zone, Instant generatedAt, Figures total,
        Map<String, Map<String, Figures>> by) {}
