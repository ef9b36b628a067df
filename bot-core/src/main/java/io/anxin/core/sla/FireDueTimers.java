package io.anxin.core.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Use case: fire the timers that are due. One {@link #runOnce round} re-delivers timers whose holder's
 * lease ran out (a crashed instance), claims a batch of due timers, and hands each to the
 * {@link MilestoneHandler}, one after the other; a timer is completed only after its handler succeeded,
 * given back to fire again after {@link Settings#retryDelay} when the handler failed, and left alone when
 * its lease ran out before its turn (it will be re-delivered). Any number of instances may run rounds at
 * the same time against one {@link TimerStore}: each timer is claimed by one of them.
 *
 * <p>A poller calls {@link #drain} every few seconds.
 */
public final class FireDueTimers {

    private static final Logger log = LoggerFactory.getLogger(FireDueTimers.class);

    /**
     * @param lease      how long a claimed timer is held before it is presumed lost; far longer than a
     *                   batch takes to handle, far longer than clock skew between instances
     * @param batchSize  how many timers one round claims
     * @param retryDelay after a handler failure, how long until the timer is due again
     */
    public record Settings(Duration lease, int batchSize, Duration retryDelay) {

        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(2), 50, Duration.ofMinutes(1));

        public Settings {
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("a lease must be positive, was " + lease);
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("a batch holds at least one timer, was " + batchSize);
            }
            if (retryDelay.isNegative()) {
                throw new IllegalArgumentException("a retry delay must not be negative, was " + retryDelay);
            }
        }
    }

    /**
     * What one round did.
     *
     * @param redelivered timers whose holder's lease had run out, made due again
     * @param claimed     timers this round claimed
     * @param fired       timers handled and completed
     * @param failed      timers whose handler failed, given back to retry
     * @param lost        timers handled but whose claim was lost meanwhile (another instance may handle them
     *                    again), or whose lease ran out before their turn (not handled here)
     */
    public record Round(long redelivered, int claimed, int fired, int failed, int lost) {

        static final Round NONE = new Round(0, 0, 0, 0, 0);

        Round plus(Round other) {
            return new Round(redelivered + other.redelivered, claimed + other.claimed, fired + other.fired,
                    failed + other.failed, lost + other.lost);
        }
    }

    private enum Outcome { FIRED, FAILED, LOST }

    private final TimerStore timers;
    private final MilestoneHandler handler;
    private final Clock clock;
    private final Settings settings;

    public FireDueTimers(TimerStore timers, MilestoneHandler handler, Clock clock, Settings settings) {
        this.timers = Objects.requireNonNull(timers, "timers");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** One round: re-deliver expired claims, claim one batch, handle and complete it. */
    public Mono<Round> runOnce() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return timers.redeliverExpired(now).flatMap(redelivered -> timers.claimDue(now, settings.batchSize(), settings.lease())
                    .concatMap(this::fire)
                    .collectList()
                    .map(outcomes -> new Round(redelivered, outcomes.size(),
                            count(outcomes, Outcome.FIRED), count(outcomes, Outcome.FAILED), count(outcomes, Outcome.LOST))));
        });
    }

    /** Rounds until one claims less than a full batch: everything due now has been handled or given back. */
    public Mono<Round> drain() {
        return runOnce()
                .expand(round -> round.claimed() < settings.batchSize() ? Mono.empty() : runOnce())
                .reduce(Round.NONE, Round::plus);
    }

    private Mono<Outcome> fire(TimerClaim claim) {
        return Mono.defer(() -> {
            Timer timer = claim.timer();
            if (!claim.heldAt(clock.instant())) {
                log.warn("timer {} not handled: its lease ran out before its turn; it will be re-delivered", timer.id());
                return Mono.just(Outcome.LOST);
            }
            return Mono.defer(() -> handler.handle(timer))
                    .then(Mono.defer(() -> timers.complete(claim, clock.instant())))
                    .map(completed -> {
                        if (!completed) {
                            log.warn("timer {} was handled after its claim was lost (lease ran out, rescheduled or"
                                    + " cancelled); it may be handled again", timer.id());
                        }
                        return completed ? Outcome.FIRED : Outcome.LOST;
                    })
                    .onErrorResume(e -> {
                        log.warn("timer {} failed ({}); retrying in {}", timer.id(), e.toString(), settings.retryDelay());
                        return timers.release(claim, clock.instant().plus(settings.retryDelay()))
                                .map(released -> Outcome.FAILED)
                                .onErrorReturn(Outcome.FAILED);
                    });
        });
    }

    private static int count(List<Outcome> outcomes, Outcome wanted) {
        return (int) outcomes.stream().filter(o -> o == wanted).count();
    }
}
