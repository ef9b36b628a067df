package io.anxin.channel.phone;

import com.twilio.exception.ApiException;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Recipient;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Texts phone customers what the outbox holds for them (the ticket SMS after a call, the survey, an agent's reply):
 * one SMS per outbound message, the outbox entry's id as Twilio's idempotency token, so neither the SDK's retry on a
 * 5xx nor the outbox's own retry sends it twice. Twilio refusing the message itself (a 4xx: not a mobile number,
 * unsubscribed) cannot be helped by retrying.
 */
final class PhoneCourier implements Courier {

    private final TwilioSms sms;
    private final CallLog calls;

    PhoneCourier(TwilioSms sms, CallLog calls) {
        this.sms = sms;
        this.calls = calls;
    }

    @Override
    public String route() {
        return Channel.PHONE.id();
    }

    @Override
    public Mono<Void> deliver(OutboundMessage message) {
        if (!(message.recipient() instanceof Recipient.Customer customer)) {
            return Mono.error(new Undeliverable("the phone courier texts customers only"));
        }
        String number = CallerId.number(customer.customerId());
        String text = message.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
        // noted before sending: the customer's reply may come back faster than Twilio's answer to us
        Mono<Void> noted = customer.customerId().equals(number) ? Mono.empty() : calls.texted(number, customer.customerId());
        return noted.then(Mono.fromCallable(() -> sms.send(number, text, message.id(), null))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(ApiException.class, e -> e.getStatusCode() != null && e.getStatusCode() >= 400
                        && e.getStatusCode() < 500 && e.getStatusCode() != 429
                        ? new Undeliverable("Twilio refused the SMS: " + e.getMessage()) : e))
                .then();
    }
}
