package io.anxin.channel.desk;

import org.jspecify.annotations.Nullable;

/** Checks of the free text staff send: present, not blank, bounded, no control characters but line breaks. */
final class Text {

    /** A note on a transition, a reason for an extension. */
    static final int NOTE_LIMIT = 1000;

    /** The customer's words of a re-complaint, as long as a message may be. */
    static final int WORDS_LIMIT = 4000;

    private Text() {}

    static String required(String field, @Nullable String value, int limit) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        String v = value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (v.length() > limit) {
            throw new IllegalArgumentException(field + " is longer than the limit of " + limit + " characters");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw new IllegalArgumentException(field + " must not contain control characters");
        }
        return v;
    }
}
