package io.anxin.core.sla;

import java.time.Instant;

/**
 * A timer held by one instance: no other instance is given it until the holder completes or releases it,
 * or the lease runs out (the holder is presumed crashed and the timer is re-delivered).
 *
 * @param timer      the timer
 * @param token      the holder's token; completion and release are accepted only with it
 * @param leaseUntil when the lease runs out; the holder must not start handling the timer at or after it
 */
public record TimerClaim(Timer timer, String token, Instant leaseUntil) {

    public TimerClaim {
        if (token.isBlank()) {
            throw new IllegalArgumentException("a claim needs its holder's token");
        }
    }

    /** Whether the lease still holds at {@code now}. */
    public boolean heldAt(Instant now) {
        return now.isBefore(leaseUntil);
    }
}
