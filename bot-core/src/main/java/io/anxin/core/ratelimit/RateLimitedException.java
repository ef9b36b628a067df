package io.anxin.core.ratelimit;

import java.time.Duration;

/** The sender used up its quota; nothing was stored, and the same request will be accepted after {@link #retryAfter()}. */
public class RateLimitedException extends RuntimeException {

    private final String scope;
    private final Duration retryAfter;

    public RateLimitedException(String scope, Duration retryAfter) {
        super("too many messages from this " + scope + "; retry in " + seconds(retryAfter) + " s");
        this.scope = scope;
        this.retryAfter = retryAfter;
    }

    /** {@code customer} or {@code address}. */
    public String scope() {
        return scope;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one: what a {@code Retry-After} header says. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
