package io.anxin.core.policy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * An organisation's rules as the engine reads them, loaded from {@code config/policies/}.
 *
 * @param name          the pack's name, e.g. {@code default}
 * @param zone          the organisation's time zone, for ticket months and promised times
 * @param limits        the time limits promised to customers
 * @param clarifyBelow  below this triage confidence the bot asks instead of guessing
 * @param forbiddenPhrases phrases that promise an outcome in this organisation's words, refused in
 *                      scripts and canned replies on top of {@link io.anxin.core.script.NoPromises#PHRASES}
 * @param economicDisputeFrom from this sum of money (in yuan) at stake, a complaint is an economic
 *                      dispute, reported to the leader and the chief risk officer
 */
public record PolicyPack(
        String name, ZoneId zone, TimeLimits limits, double clarifyBelow, List<String> forbiddenPhrases,
        BigDecimal economicDisputeFrom) {

    public PolicyPack {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a policy pack needs a name");
        }
        forbiddenPhrases = List.copyOf(forbiddenPhrases);
        if (economicDisputeFrom.signum() <= 0) {
            throw new IllegalArgumentException("economicDisputeFrom must be a positive sum, was " + economicDisputeFrom);
        }
        if (clarifyBelow < 0 || clarifyBelow >= 1) {
            throw new IllegalArgumentException("clarifyBelow must be within 0..1 (exclusive of 1), was " + clarifyBelow);
        }
    }
}
