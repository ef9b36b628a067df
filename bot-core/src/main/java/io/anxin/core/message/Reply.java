package io.anxin.core.message;

import java.util.List;

/**
 * One reply bubble to the customer. Quick replies are offered as buttons where the channel has
 * them; channels without buttons (SMS, voice, e-mail) fall back to the text alone, which is
 * written to stand on its own.
 */
public record Reply(String text, List<String> quickReplies) {

    public Reply {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a reply needs text");
        }
        quickReplies = List.copyOf(quickReplies);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of());
    }
}
