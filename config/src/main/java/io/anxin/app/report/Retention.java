package io.anxin.app.report;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;

/**
 * {@code anxin.retention.transcripts}: how long a conversation's transcript is kept after its last line, e.g.
 * {@code 180d}; empty keeps transcripts for good. Tickets (the complaint form is the archive, 003 §6(六)) and the
 * reports' anonymised facts are not transcripts and stay.
 *
 * @param transcripts null when transcripts are kept
 */
public record Retention(@Nullable Duration transcripts) {

    /** A conversation can pause for hours; a shorter retention would cut one off while the customer is in it. */
    static final Duration AT_LEAST = Duration.ofDays(1);

    /** Reads the setting as written, with a precise message for anything that is not a retention. */
    static Retention of(@Nullable String setting) {
        if (setting == null || setting.isBlank()) {
            return new Retention(null);
        }
        Duration transcripts;
        try {
            transcripts = DurationStyle.detectAndParse(setting.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("anxin.retention.transcripts must be a duration such as 180d, was '"
                    + setting + "'");
        }
        if (transcripts.compareTo(AT_LEAST) < 0) {
            throw new IllegalArgumentException("anxin.retention.transcripts must be at least 1d (or empty to keep"
                    + " transcripts), was '" + setting + "'");
        }
        return new Retention(transcripts);
    }
}
