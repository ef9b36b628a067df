package io.anxin.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: the timers of every ticket, shared by all application instances, surviving restarts.
 *
 * <p>A timer is <em>pending</em> until its fire time, then <em>claimed</em> by exactly one instance for a
 * lease; that instance hands it to a {@link MilestoneHandler} and <em>completes</em> it, after which it
 * never fires again. An instance that crashes holding a claim never completes it: once the lease has run
 * out, {@link #redeliverExpired} makes the timer due again and another instance claims it. Every decision
 * (claim, complete, release, re-delivery) is one atomic step of the store, so two instances can never hold
 * the same timer at once.
 *
 * <p>Times come from the caller's clock ({@code now}), not the store's, so that tests drive them. Instances'
 * clocks must agree to well within a lease (NTP), or a fast clock would take leases back early.
 *
 * <p>"Exactly once" is of the claim and the completion. The handler runs inside the claim, before the
 * completion: an instance that dies between the two leaves the timer to be handled again after its lease
 * (at least once), so handlers must be idempotent — escalation notices carry the timer id as their message
 * id, which readers de-duplicate on.
 */
public interface TimerStore {

    /**
     * Adds the timer unless its id is already known — pending, claimed, fired or cancelled (within the
     * store's retention of finished timers): scheduling the same timer twice changes nothing.
     *
     * @return whether the timer was added
     */
    Mono<Boolean> schedule(Timer timer);

    /** {@link #schedule} of each of these timers; a store may add them together, in one trip. */
    default Mono<Void> scheduleAll(List<Timer> timers) {
        return Flux.fromIterable(timers).concatMap(this::schedule).then();
    }

    /**
     * Makes the timer fire at its (new) fire time, whatever its state: for an extended or re-graded milestone.
     * A claimed timer is taken back from its holder, whose completion will then be refused; a fired or
     * cancelled one is revived. Setting the fire time it already has changes nothing.
     *
     * @return whether anything changed
     */
    Mono<Boolean> reschedule(Timer timer);

    /**
     * Cancels a timer that must not fire any more (its milestone was met). A later {@link #schedule} of the
     * same id changes nothing. A holder that is handling it right now may still finish; its completion is
     * refused.
     *
     * @param now when, for the record of the cancelled timer
     * @return whether it was pending or claimed
     */
    Mono<Boolean> cancel(String timerId, Instant now);

    /**
     * The sweeper: every claimed timer whose lease ran out at or before {@code now} becomes due again, for
     * any instance to claim.
     *
     * @return how many were re-delivered
     */
    Mono<Long> redeliverExpired(Instant now);

    /**
     * Claims up to {@code max} timers due at or before {@code now}, earliest first, each atomically moved from
     * pending to claimed with a lease until {@code now + lease} and a token of this claim.
     */
    Flux<TimerClaim> claimDue(Instant now, int max, Duration lease);

    /**
     * Marks a claimed timer fired, so it never fires again, if the claim still holds it (same token).
     *
     * @return false if the claim was lost: the lease ran out and it was re-delivered, or it was rescheduled
     *         or cancelled meanwhile
     */
    Mono<Boolean> complete(TimerClaim claim, Instant now);

    /**
     * Gives a claimed timer back, due again at {@code retryAt} (the handler failed), if the claim still holds it.
     *
     * @return false if the claim was lost
     */
    Mono<Boolean> release(TimerClaim claim, Instant retryAt);
}
