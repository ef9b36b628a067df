package io.anxin.core.sla;

import reactor.core.publisher.Mono;

/**
 * Port: what happens when a milestone's timer fires. The timer is completed only after the returned
 * {@code Mono} completes; an error gives it back for another attempt. A handler may run again for the same
 * timer after a crash (see {@link TimerStore}), so it must be idempotent by {@link Timer#id()}.
 */
public interface MilestoneHandler {

    /** The milestone is close to due ({@link Timer.Kind#WARN}): tell whoever must act. */
    Mono<Void> warning(Timer timer);

    /**
     * The milestone is due and was not reached ({@link Timer.Kind#DUE}): notify the supervisor and apply the
     * pack's rule for a breach.
     */
    Mono<Void> breached(Timer timer);

    /** Dispatches on the timer's kind. */
    default Mono<Void> handle(Timer timer) {
        return timer.kind() == Timer.Kind.WARN ? warning(timer) : breached(timer);
    }
}
