package io.anxin.core.sla;

import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.triage.Intent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's milestones on the business calendar: which apply to its type and grade, when each is due and
 * when each warns. Pure computation; the {@link TimerStore} keeps the timers that make them happen.
 *
 * <ul>
 *   <li>complaint, at acceptance: {@link Milestone#FORWARD}, {@link Milestone#FIRST_CONTACT},
 *       {@link Milestone#PLAN} (if the pack asks for plans; by grade) and {@link Milestone#RESOLVE};</li>
 *   <li>inquiry: {@link Milestone#INQUIRY_ANSWER}; suggestion: {@link Milestone#SUGGESTION_REPLY};</li>
 *   <li>later: {@link #resolveExtended} once the resolve limit is extended (003 §5(四)), {@link #plan} again
 *       when the grade changes, {@link #followUp} at resolution.</li>
 * </ul>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class MilestoneSchedule {

    private final BusinessCalendar calendar;
    private final MilestoneLimits limits;

    public MilestoneSchedule(BusinessCalendar calendar, MilestoneLimits limits) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public MilestoneLimits limits() {
        return limits;
    }

    /** The milestones a ticket has from the moment it is accepted. */
    public List<MilestoneDeadline> atAcceptance(Ticket ticket) {
        return atAcceptance(ticket.type(), ticket.grade(), ticket.createdAt());
    }

    /** The milestones a ticket of {@code type} and {@code grade} accepted at {@code acceptedAt} has from then. */
    public List<MilestoneDeadline> atAcceptance(Intent type, Grade grade, Instant acceptedAt) {
        List<MilestoneDeadline> deadlines = new ArrayList<>(4);
        switch (type) {
            case COMPLAINT -> {
                deadlines.add(deadline(Milestone.FORWARD, limits.forward(), acceptedAt));
                deadlines.add(deadline(Milestone.FIRST_CONTACT, limits.firstContact(), acceptedAt));
                Limit plan = limits.plan(grade);
                if (plan != null) {
                    deadlines.add(deadline(Milestone.PLAN, plan, acceptedAt));
                }
                deadlines.add(deadline(Milestone.RESOLVE, limits.resolve(), acceptedAt));
            }
            case INQUIRY -> deadlines.add(deadline(Milestone.INQUIRY_ANSWER, limits.inquiryAnswer(), acceptedAt));
            case SUGGESTION -> deadlines.add(deadline(Milestone.SUGGESTION_REPLY, limits.suggestionReply(), acceptedAt));
        }
        return List.copyOf(deadlines);
    }

    /**
     * The time the customer is told when a ticket of {@code type} is registered: first contact for a
     * complaint (003 §6(三)), the answer for an inquiry (003 §4), the reply for a suggestion.
     */
    public Instant promisedToCustomer(Intent type, Instant acceptedAt) {
        Limit limit = switch (type) {
            case COMPLAINT -> limits.firstContact();
            case INQUIRY -> limits.inquiryAnswer();
            case SUGGESTION -> limits.suggestionReply();
        };
        return limit.due(calendar, acceptedAt);
    }

    /** {@link Milestone#RESOLVE} once extended, still counted from acceptance (003 §5(四): at most 7 working days). */
    public MilestoneDeadline resolveExtended(Instant acceptedAt) {
        return deadline(Milestone.RESOLVE, limits.resolveExtended(), acceptedAt);
    }

    /**
     * {@link Milestone#PLAN} of a complaint of {@code grade} accepted at {@code acceptedAt}, for moving its
     * timers when the grade changes; null if the pack asks for no plan.
     */
    public @Nullable MilestoneDeadline plan(Grade grade, Instant acceptedAt) {
        Limit plan = limits.plan(grade);
        return plan == null ? null : deadline(Milestone.PLAN, plan, acceptedAt);
    }

    /** {@link Milestone#FOLLOW_UP}, counted from resolution (000 part 1 §10.5). */
    public MilestoneDeadline followUp(Instant resolvedAt) {
        return deadline(Milestone.FOLLOW_UP, limits.followUp(), resolvedAt);
    }

    private MilestoneDeadline deadline(Milestone milestone, Limit limit, Instant start) {
        Instant due = limit.due(calendar, start);
        Instant warnAt = limit.warning(calendar, start, due, limits.warnAt());
        if (warnAt != null && !warnAt.isBefore(due)) {
            warnAt = null;
        }
        return new MilestoneDeadline(milestone, start, warnAt, due, calendar.unscheduledYears(start, due));
    }
}
