package io.anxin.core.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands in the procedure of 003 §6 (000 part 5 §17). Only the transitions
 * listed on each status are legal; anything else is rejected with {@link IllegalTransitionException}.
 */
public enum TicketStatus {
    /** 受理: registered; the customer has been heard and soothed. */
    ACCEPTED,
    /** 转发: sent to the responsible department with the complaint form (within 1 hour). */
    FORWARDED,
    /** 处理: the department has contacted the customer and is working on it. */
    IN_PROGRESS,
    /** 反馈: facts established, corrective measures and staff action reported; inquiries answered. */
    RESOLVED,
    /** 回访: the customer was called back and asked for satisfaction. */
    FOLLOWED_UP,
    /** 归档: the form is complete and all records kept. Final. */
    ARCHIVED,
    /** The customer was satisfied at intake and will not pursue it (003 §6(一)). Final. */
    CLOSED_AT_INTAKE;

    private Set<TicketStatus> next() {
        return switch (this) {
            case ACCEPTED -> EnumSet.of(FORWARDED, IN_PROGRESS, RESOLVED, CLOSED_AT_INTAKE);
            case FORWARDED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(FOLLOWED_UP, ARCHIVED);
            case FOLLOWED_UP -> EnumSet.of(ARCHIVED);
            case ARCHIVED, CLOSED_AT_INTAKE -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Whether the customer's matter is still being handled. */
    public boolean isOpen() {
        return this == ACCEPTED || this == FORWARDED || this == IN_PROGRESS;
    }

    /** Returns {@code target} or throws if the procedure does not allow that step from here. */
    public TicketStatus moveTo(TicketStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException(this, target);
        }
        return target;
    }
}
