package io.anxin.core.engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * At most so many messages handled at once on this instance, whatever their channel or policy pack. Beyond it a
 * message is refused at once with a time to retry ({@link InstanceBusyException}) instead of queued behind the
 * others on the one Redis connection, where every message's wait grows until the senders give up while the work
 * goes on (the load benchmark's finding at 1,000 messages a second offered).
 */
public final class InFlightLimit {

    /** No limit: every message is taken. */
    public static final InFlightLimit NONE = new InFlightLimit(0, Duration.ofSeconds(1));

    private final int most;
    private final Duration retryAfter;
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * @param most       how many messages at once; 0 for no limit
     * @param retryAfter what a refused sender is told to wait
     */
    public InFlightLimit(int most, Duration retryAfter) {
        if (most < 0) {
            throw new IllegalArgumentException("the most messages handled at once must be 0 (no limit) or more, was " + most);
        }
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("the time to retry after must be positive, was " + retryAfter);
        }
        this.most = most;
        this.retryAfter = retryAfter;
    }

    /** The work, if this instance may take one more message now; otherwise an {@link InstanceBusyException}. */
    public <T> Mono<T> admit(Mono<T> work) {
        if (most == 0) {
            return work;
        }
        return Mono.defer(() -> {
            if (inFlight.incrementAndGet() > most) {
                inFlight.decrementAndGet();
                return Mono.error(new InstanceBusyException(most, retryAfter));
            }
            return work.doFinally(signal -> inFlight.decrementAndGet());
        });
    }

    /** How many messages are being handled now. */
    public int inFlight() {
        return inFlight.get();
    }
}
