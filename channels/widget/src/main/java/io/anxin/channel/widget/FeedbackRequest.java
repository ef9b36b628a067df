package io.anxin.channel.widget;

import io.anxin.core.message.InvalidMessageException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The feedback form (APP意见反馈, 003 §3): what the customer wrote and, if they want to be reached another way, how.
 *
 * @param id the form's own id of this submission: sent again on a retry, it files nothing new
 */
record FeedbackRequest(@Nullable String id, @Nullable String text, @Nullable String contact) {

    /** Room for a paragraph or two; a longer report is for e-mail, with attachments. */
    static final int MAX_TEXT = 2000;
    /** A phone number, an e-mail address, or a short note such as "工作日晚上" with it. */
    static final int MAX_CONTACT = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /** The words filed with the engine: the feedback, and the contact on a line of its own. */
    String words() {
        String feedback = require("text", text).strip();
        if (feedback.isEmpty()) {
            throw new InvalidMessageException("text", "text must not be empty");
        }
        if (feedback.codePointCount(0, feedback.length()) > MAX_TEXT) {
            throw new InvalidMessageException("text", "text is longer than the limit of " + MAX_TEXT + " characters");
        }
        String reach = contact == null ? "" : contact.strip();
        if (reach.codePointCount(0, reach.length()) > MAX_CONTACT) {
            throw new InvalidMessageException("contact", "contact is longer than the limit of " + MAX_CONTACT + " characters");
        }
        if (reach.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidMessageException("contact", "contact must be one line without control characters");
        }
        // a Latin label: it does not change the script the customer is answered in (Chinese text stays Chinese)
        return reach.isEmpty() ? feedback : feedback + "\nContact: " + reach;
    }

    String messageId() {
        String value = require("id", id);
        if (!ID.matcher(value).matches()) {
            throw new InvalidMessageException("id", "id is 8 to 64 letters, digits and hyphens, e.g. a UUID");
        }
        return "feedback-" + value;
    }

    private static String require(String field, @Nullable String value) {
        if (value == null) {
            throw new InvalidMessageException(field, field + " is required");
        }
        return value;
    }
}
