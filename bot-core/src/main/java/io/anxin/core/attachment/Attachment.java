package io.anxin.core.attachment;

import io.anxin.core.conversation.ConversationId;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is known of one stored attachment; its bytes are read apart, on demand.
 *
 * @param id             unique within the conversation, e.g. {@code wx-media-…} or {@code mail-<n>}
 * @param conversationId the conversation it came with
 * @param fileName       the name the customer's client gave it, for the agent to read (never a path on disk)
 * @param contentType    its MIME type, e.g. {@code image/jpeg}
 * @param size           its length in bytes
 * @param receivedAt     when it came
 */
public record Attachment(
        String id, ConversationId conversationId, String fileName, String contentType, long size, Instant receivedAt) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:@-]{1,200}");

    public Attachment {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an attachment id is 1 to 200 letters, digits and _.:@-, was '" + id + "'");
        }
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (fileName.isBlank() || fileName.length() > 255) {
            throw new IllegalArgumentException("an attachment's file name is 1 to 255 characters");
        }
        if (!contentType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new IllegalArgumentException("'" + contentType + "' is not a MIME type such as image/jpeg");
        }
        if (size < 0) {
            throw new IllegalArgumentException("an attachment's size cannot be negative");
        }
    }
}
