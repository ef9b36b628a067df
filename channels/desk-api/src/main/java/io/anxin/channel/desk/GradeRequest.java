package io.anxin.channel.desk;

import io.anxin.core.ticket.Grade;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/desk/tickets/{number}/grade}: the grade a fact triage cannot see calls for, and the fact. */
record GradeRequest(@Nullable Integer grade, @Nullable String reason) {

    Grade checkedGrade() {
        if (grade == null) {
            throw new IllegalArgumentException("grade is required: 1 (crisis) to 4");
        }
        return Grade.of(grade);
    }

    String checkedReason() {
        return Text.required("reason", reason, Text.NOTE_LIMIT);
    }
}
