package io.anxin.channel.desk;

import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/desk/tickets/{number}/re-complaints}: what the customer says about the outcome. */
record ReComplaintRequest(@Nullable String words) {

    String checkedWords() {
        return Text.required("words", words, Text.WORDS_LIMIT);
    }
}
