package io.anxin.core.policy;

import io.anxin.core.routing.Routing;
import io.anxin.core.sla.BreachRule;
import io.anxin.core.sla.MilestoneLimits;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * An organisation's rules as the engine reads them, loaded from {@code config/policies/}.
 *
 * @param name             the pack's name, e.g. {@code default}
 * @param zone             the organisation's time zone, for ticket months and promised times
 * @param milestoneLimits  the time limit of every milestone and when each warns (003 §4, §5(四), §6;
 *                         000 part 1 §10)
 * @param breachRule       the grade a complaint is raised to when a milestone is breached
 * @param routing          the departments, which one a ticket goes to, and who hears confidential flags
 * @param clarifyBelow     below this triage confidence the bot asks instead of guessing
 * @param forbiddenPhrases phrases that promise an outcome in this organisation's words, refused in
 *                         scripts and canned replies on top of {@link io.anxin.core.script.NoPromises#PHRASES}
 * @param economicDisputeFrom from this sum of money (in yuan) at stake, a complaint is an economic
 *                         dispute, reported to the leader and the chief risk officer
 */
public record PolicyPack(
        String name, ZoneId zone, MilestoneLimits milestoneLimits, BreachRule breachRule, Routing routing,
        double clarifyBelow, List<String> forbiddenPhrases, BigDecimal economicDisputeFrom) {

    public PolicyPack {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a policy pack needs a name");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(milestoneLimits, "milestoneLimits");
        Objects.requireNonNull(breachRule, "breachRule");
        Objects.requireNonNull(routing, "routing");
        forbiddenPhrases = List.copyOf(forbiddenPhrases);
        if (economicDisputeFrom.signum() <= 0) {
            throw new IllegalArgumentException("economicDisputeFrom must be a positive sum, was " + economicDisputeFrom);
        }
        if (clarifyBelow < 0 || clarifyBelow >= 1) {
            throw new IllegalArgumentException("clarifyBelow must be within 0..1 (exclusive of 1), was " + clarifyBelow);
        }
    }
}
