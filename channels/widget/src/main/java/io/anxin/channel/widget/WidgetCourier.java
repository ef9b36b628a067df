package io.anxin.channel.widget;

import io.anxin.channel.widget.Frames.Push;
import io.anxin.core.fanout.Fanout;
import io.anxin.core.message.Channel;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Recipient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers outbound messages (the satisfaction survey, agents' replies) to widget customers: published to every
 * instance, each pushing it at once to the sockets the customer has open there ({@link WidgetPushes}). Recording the
 * message in the transcript, which every delivery does, is what reaches a customer who is away or whose instance
 * missed the publication: the widget shows it in the history when it connects again. So delivery never fails for
 * want of an open socket.
 */
final class WidgetCourier implements Courier {

    private final Fanout fanout;
    private final JsonMapper json;

    WidgetCourier(Fanout fanout, JsonMapper json) {
        this.fanout = fanout;
        this.json = json;
    }

    @Override
    public String route() {
        return Channel.WIDGET.id();
    }

    @Override
    public Mono<Void> deliver(OutboundMessage message) {
        if (!(message.recipient() instanceof Recipient.Customer customer)) {
            return Mono.error(new Undeliverable("the widget delivers to customers only, not to " + message.recipient().route()));
        }
        WidgetPushes.Addressed push = new WidgetPushes.Addressed(customer.customerId(),
                new Push(message.id(), message.purpose(), message.replies()));
        return fanout.publish(WidgetPushes.TOPIC, json.writeValueAsString(push)).then();
    }
}
