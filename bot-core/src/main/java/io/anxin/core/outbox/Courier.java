package io.anxin.core.outbox;

import io.anxin.core.message.Channel;
import reactor.core.publisher.Mono;

/**
 * Port: delivers outbound messages on one channel (WeChat customer-service message, SMS, e-mail…). An error
 * means "not delivered, try again later"; a courier that knows a retry is pointless (the customer blocked us)
 * throws {@link Undeliverable}.
 */
public interface Courier {

    Channel channel();

    Mono<Void> deliver(OutboundMessage message);

    /** Delivery failed for good: retrying cannot help. */
    final class Undeliverable extends RuntimeException {
        public Undeliverable(String reason) {
            super(reason);
        }
    }
}
