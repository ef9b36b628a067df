package io.anxin.core.sla;

import io.anxin.core.ticket.Grade;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a policy pack does to a ticket beyond notifying the supervisor when a milestone is breached: raise
 * the complaint's grade to at least a given grade (000 part 1 §3: a complaint unresolved through our fault
 * climbs the grades).
 *
 * <p>"At least" rather than "one level up" on purpose: a breach may be handled twice (a crash between the
 * handler and the completion, see {@link TimerStore}), and raising to a floor twice is the same as once.
 *
 * @param raiseTo per breached milestone, the grade the complaint is raised to if it is less severe
 */
public record BreachRule(Map<Milestone, Grade> raiseTo) {

    /** Notify only; grades stay as they are. */
    public static final BreachRule NOTIFY_ONLY = new BreachRule(Map.of());

    public BreachRule {
        raiseTo = raiseTo.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(raiseTo));
    }

    /** The grade a complaint of grade {@code current} gets when {@code breached} is breached, if it changes. */
    public Optional<Grade> gradeAfter(Milestone breached, Grade current) {
        Grade floor = raiseTo.get(breached);
        return floor != null && floor.level() < current.level() ? Optional.of(floor) : Optional.empty();
    }
}
