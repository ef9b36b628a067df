package io.anxin.channel.desk;

import io.anxin.core.ticket.TicketStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/desk/tickets/{number}/transitions}. */
record TransitionRequest(@Nullable String to, @Nullable String note) {

    TicketStatus target() {
        String label = Text.required("to", to, 32);
        try {
            return TicketStatus.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("to '" + label + "' is not a status; expected one of " + Statuses.LABELS);
        }
    }

    @Nullable String checkedNote() {
        return note == null || note.isBlank() ? null : Text.required("note", note, Text.NOTE_LIMIT);
    }

    /** The statuses as the API writes them. */
    static final class Statuses {
        static final List<String> LABELS = Arrays.stream(TicketStatus.values())
                .map(s -> s.name().toLowerCase(Locale.ROOT)).toList();

        private Statuses() {}
    }
}
