package io.anxin.core.message;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One customer message as every channel adapter normalises it.
 *
 * @param channel    the way it came in
 * @param messageId  the channel's id of the message; a retry carries the same id
 * @param customerId the channel's reference to the customer (an OpenID, a phone number, a user id)
 * @param text       what the customer wrote or said
 * @param lang       the language the channel knows the customer uses, or null to tell it from the text
 * @param receivedAt when the channel received it
 */
public record InboundMessage(
        Channel channel, String messageId, String customerId, String text, @Nullable Lang lang, Instant receivedAt) {

    /** Longer than any real message or e-mail body after quoting is stripped; longer is refused, not cut. */
    public static final int MAX_TEXT_LENGTH = 4000;

    public static final int MAX_ID_LENGTH = 128;

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        requireId("messageId", messageId);
        requireId("customerId", customerId);
        if (text == null || text.isBlank()) {
            throw new InvalidMessageException("text", "text must not be empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("text", "text is longer than the limit of " + MAX_TEXT_LENGTH + " characters");
        }
    }

    private static void requireId(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidMessageException(field, field + " must not be empty");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new InvalidMessageException(field, field + " is longer than the limit of " + MAX_ID_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidMessageException(field, field + " must not contain control characters");
        }
    }
}
