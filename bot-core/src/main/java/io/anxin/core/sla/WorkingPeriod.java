package io.anxin.core.sla;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of working time within a working day, e.g. 09:00-18:00, or 09:00-12:00 and 13:00-18:00
 * with a lunch break. Half-open: {@code start} is working time, {@code end} is not (a deadline "by 18:00"
 * is the instant 18:00).
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a working period must end after it starts, was " + start + "-" + end);
        }
    }

    public static WorkingPeriod of(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    boolean overlaps(WorkingPeriod other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
