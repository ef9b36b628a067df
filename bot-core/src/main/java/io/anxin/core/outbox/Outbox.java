package io.anxin.core.outbox;

import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: the queue of {@link OutboundMessage}s, shared by all instances. A message posted is delivered by one
 * instance at a time; one that fails is retried after a pause, and after too many attempts it is parked as a
 * dead letter for a supervisor to see, so a failing channel never holds up the others.
 */
public interface Outbox {

    /** Queues the message unless one with its id was queued before. @return whether it was queued now */
    Mono<Boolean> post(OutboundMessage message);

    /** Takes up to {@code max} messages no instance has taken yet, for {@code courier} (this instance). */
    Flux<Parcel> take(String courier, int max);

    /**
     * Takes back messages another attempt should be made at: taken at least {@code idle} ago and neither
     * delivered nor parked (the instance failed or died). Each carries how many attempts it has had.
     */
    Flux<Parcel> retake(String courier, Duration idle, int max);

    /** Records the message in its conversation's transcript, once, and marks it delivered. */
    Mono<Void> delivered(Parcel parcel, Instant at);

    /** Parks the message as a dead letter with the reason of its last failure, and stops retrying it. */
    Mono<Void> park(Parcel parcel, String reason, Instant at);

    /** The dead letters, newest first, for supervisors. */
    Flux<DeadLetter> deadLetters(int max);

    /**
     * A message taken for delivery.
     *
     * @param receipt  the queue's handle for it
     * @param attempts how many times it has been taken, this time included
     */
    record Parcel(String receipt, OutboundMessage message, long attempts) {}

    /** A message given up on, and why. */
    record DeadLetter(OutboundMessage message, String reason, long attempts, Instant parkedAt) {}
}
