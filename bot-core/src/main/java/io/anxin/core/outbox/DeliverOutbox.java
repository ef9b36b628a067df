package io.anxin.core.outbox;

import io.anxin.core.privacy.PersonalData;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: deliver what the outbox holds. One {@link #runOnce round} retries messages whose earlier attempt
 * failed or whose instance died (after {@link Settings#retryAfter}), then takes new ones, and hands each to its
 * channel's {@link Courier}. A message is recorded in the transcript only once delivered; after
 * {@link Settings#maxAttempts} attempts, or at once when the courier says retrying cannot help, it is parked as
 * a dead letter. Routes are delivered independently: a failing channel's messages wait for their retry
 * while the others go on.
 */
public final class DeliverOutbox {

    private static final Logger log = LoggerFactory.getLogger(DeliverOutbox.class);

    /**
     * @param retryAfter  how long a failed or abandoned message waits before the next attempt; longer than any
     *                    delivery takes, or a slow delivery would be attempted twice at once
     * @param maxAttempts how many attempts a message gets before it is parked
     * @param batchSize   how many messages one round takes
     */
    public record Settings(Duration retryAfter, int maxAttempts, int batchSize) {
        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(1), 5, 50);

        public Settings {
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("retryAfter must be positive, was " + retryAfter);
            }
            if (maxAttempts < 1 || batchSize < 1) {
                throw new IllegalArgumentException("maxAttempts and batchSize must be at least 1");
            }
        }
    }

    /** What one round did. */
    public record Round(int delivered, int failed, int parked) {
        static final Round NONE = new Round(0, 0, 0);

        Round plus(Round other) {
            return new Round(delivered + other.delivered, failed + other.failed, parked + other.parked);
        }
    }

    private enum Outcome { DELIVERED, FAILED, PARKED }

    private final Outbox outbox;
    private final Map<String, Courier> couriers = new HashMap<>();
    private final String instance;
    private final Clock clock;
    private final Settings settings;

    /** @param instance this instance's name among the couriers, unique per running instance */
    public DeliverOutbox(Outbox outbox, List<Courier> couriers, String instance, Clock clock, Settings settings) {
        this.outbox = outbox;
        couriers.forEach(c -> this.couriers.put(c.route(), c));
        this.instance = instance;
        this.clock = clock;
        this.settings = settings;
    }

    public Mono<Round> runOnce() {
        return outbox.retake(instance, settings.retryAfter(), settings.batchSize())
                .concatWith(outbox.take(instance, settings.batchSize()))
                .concatMap(this::deliver)
                .reduce(Round.NONE, (round, outcome) -> round.plus(switch (outcome) {
                    case DELIVERED -> new Round(1, 0, 0);
                    case FAILED -> new Round(0, 1, 0);
                    case PARKED -> new Round(0, 0, 1);
                }));
    }

    private Mono<Outcome> deliver(Outbox.Parcel parcel) {
        OutboundMessage message = parcel.message();
        if (parcel.attempts() > settings.maxAttempts()) {
            return park(parcel, "gave up after " + settings.maxAttempts() + " attempts");
        }
        Courier courier = couriers.get(message.recipient().route());
        if (courier == null) {
            return park(parcel, "no courier delivers on route " + message.recipient().route());
        }
        return Mono.defer(() -> courier.deliver(message))
                .then(Mono.defer(() -> outbox.delivered(parcel, clock.instant())))
                .thenReturn(Outcome.DELIVERED)
                .onErrorResume(Courier.Undeliverable.class, e -> park(parcel, e.getMessage()))
                .onErrorResume(e -> {
                    String reason = PersonalData.mask(String.valueOf(e.getMessage()));
                    if (parcel.attempts() >= settings.maxAttempts()) {
                        return park(parcel, reason);
                    }
                    log.warn("outbound message {} to {} failed (attempt {} of {}), retrying in {}: {}", message.id(),
                            message.recipient().route(), parcel.attempts(), settings.maxAttempts(), settings.retryAfter(), reason);
                    return Mono.just(Outcome.FAILED);
                });
    }

    private Mono<Outcome> park(Outbox.Parcel parcel, String reason) {
        log.error("outbound message {} to {} parked as a dead letter after {} attempts: {}", parcel.message().id(),
                parcel.message().recipient().route(), parcel.attempts(), reason);
        return outbox.park(parcel, reason, clock.instant()).thenReturn(Outcome.PARKED);
    }

    /** Rounds until one finds nothing to do. */
    public Mono<Round> drain() {
        return runOnce()
                .expand(round -> round.delivered() + round.failed() + round.parked() == 0 ? Mono.empty() : runOnce())
                .reduce(Round.NONE, Round::plus);
    }
}
