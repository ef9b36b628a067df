package io.anxin.core.ratelimit;

import java.time.Duration;

/**
 * At most {@code requests} in each {@code window}; {@code requests == 0} means no limit. Windows are fixed (counted
 * from the first request in them), so a sender may reach twice the quota across a window's edge: cheap to count in
 * one Redis key, and a burst twice a quiet customer's rate still stops a flood.
 */
public record Quota(int requests, Duration window) {

    public static final Quota UNLIMITED = new Quota(0, Duration.ofMinutes(1));

    public Quota {
        if (requests < 0) {
            throw new IllegalArgumentException("a quota's requests must be 0 (no limit) or more, not " + requests);
        }
        if (window.isNegative() || window.isZero() || window.toMillis() < 1) {
            throw new IllegalArgumentException("a quota's window must be at least a millisecond, not " + window);
        }
    }

    public boolean unlimited() {
        return requests == 0;
    }
}
