package io.anxin.core.outbox;

import reactor.core.publisher.Mono;

/**
 * Port: delivers outbound messages on one route: a customer channel (WeChat customer-service message, SMS,
 * e-mail…) or the departments' addresses. An error
 * means "not delivered, try again later"; a courier that knows a retry is pointless (the customer blocked us)
 * throws {@link Undeliverable}.
 */
public interface Courier {

    /** The {@link Recipient#route() route} it delivers on. */
    String route();

    Mono<Void> deliver(OutboundMessage message);

    /** Delivery failed for good: retrying cannot help. */
    final class Undeliverable extends RuntimeException {
        public Undeliverable(String reason) {
            super(reason);
        }
    }
}
