package io.anxin.core.redis;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The retention of transcripts ({@code anxin.retention.transcripts}): every write to a transcript sets it to
 * expire that long after, so Redis purges the words of a conversation once it has been quiet that long. The
 * tickets' anonymised facts (the reports) are other keys and stay.
 */
final class TranscriptRetention {

    private TranscriptRetention() {}

    /** Null or zero: transcripts are kept. The application asks for at least a day; tests go down to a second. */
    static @Nullable Duration checked(@Nullable Duration retention) {
        if (retention == null || retention.isZero()) {
            return null;
        }
        if (retention.isNegative() || retention.toSeconds() < 1) {
            throw new IllegalArgumentException("the transcript retention must be at least a second, was " + retention);
        }
        return retention;
    }

    /** As the scripts take it: seconds, 0 for "kept". */
    static String seconds(@Nullable Duration retention) {
        return retention == null ? "0" : Long.toString(retention.toSeconds());
    }
}
