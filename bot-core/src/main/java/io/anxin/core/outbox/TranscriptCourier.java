package io.anxin.core.outbox;

import io.anxin.core.message.Channel;
import reactor.core.publisher.Mono;

/**
 * The courier of channels whose customers read their conversation themselves (the open HTTP API: a client
 * asks for the conversation): recording the message in the transcript, which every delivery does, is the
 * delivery.
 */
public record TranscriptCourier(Channel channel) implements Courier {

    @Override
    public String route() {
        return channel.id();
    }

    @Override
    public Mono<Void> deliver(OutboundMessage message) {
        return Mono.empty();
    }
}
