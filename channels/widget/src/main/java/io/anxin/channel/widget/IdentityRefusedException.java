package io.anxin.channel.widget;

/**
 * The widget's claim of who is writing does not hold; nothing is stored for it.
 *
 * @see IdentityVerifier
 */
class IdentityRefusedException extends RuntimeException {

    /** A machine-readable reason the widget turns into a sentence in the customer's language. */
    private final String code;

    IdentityRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
