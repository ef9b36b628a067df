package io.anxin.channel.desk;

import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/desk/tickets/{number}/extension}: why 3 working days are not enough. */
record ExtensionRequest(@Nullable String reason) {

    String checkedReason() {
        return Text.required("reason", reason, Text.NOTE_LIMIT);
    }
}
