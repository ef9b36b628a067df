package io.anxin.core.conversation;

import io.anxin.core.triage.TriageResult;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a conversation's transcript.
 *
 * @param messageId the channel's message id, for customer lines
 * @param triage    what triage made of it, for customer lines
 */
public record TranscriptEntry(
        Speaker speaker, String text, Instant at, @Nullable String messageId, @Nullable TriageResult triage) {

    public static TranscriptEntry customer(String text, Instant at, String messageId, TriageResult triage) {
        return new TranscriptEntry(Speaker.CUSTOMER, text, at, messageId, triage);
    }

    public static TranscriptEntry bot(String text, Instant at) {
        return new TranscriptEntry(Speaker.BOT, text, at, null, null);
    }
}
