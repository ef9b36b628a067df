package io.anxin.channel.widget;

import io.anxin.channel.widget.Frames.Push;
import io.anxin.core.message.Channel;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Recipient;
import reactor.core.publisher.Mono;

/**
 * Delivers outbound messages (the satisfaction survey, agents' replies) to widget customers: pushed at once to
 * the sockets they have open here. Recording the message in the transcript, which every delivery does, is what
 * reaches a customer who is away: the widget shows it in the history when they come back. So delivery never
 * fails for want of an open socket.
 */
final class WidgetCourier implements Courier {

    private final WidgetSessions sessions;

    WidgetCourier(WidgetSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public String route() {
        return Channel.WIDGET.id();
    }

    @Override
    public Mono<Void> deliver(OutboundMessage message) {
        return Mono.fromRunnable(() -> {
            if (message.recipient() instanceof Recipient.Customer customer) {
                sessions.push(customer.customerId(), new Push(message.id(), message.purpose(), message.replies()));
            }
        });
    }
}
