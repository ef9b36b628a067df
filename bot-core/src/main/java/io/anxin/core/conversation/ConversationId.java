package io.anxin.core.conversation;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A conversation's id: random, so that knowing a customer's phone number or OpenID does not
 * reveal their conversation.
 */
public record ConversationId(String value) {

    private static final Pattern FORMAT = Pattern.compile("cv-[0-9a-f]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ConversationId {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a conversation id such as cv-0123456789abcdef01234567");
        }
    }

    public static ConversationId random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new ConversationId("cv-" + HexFormat.of().formatHex(bytes));
    }

    public static boolean isWellFormed(String value) {
        return FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
