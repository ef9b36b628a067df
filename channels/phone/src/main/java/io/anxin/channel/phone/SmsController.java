package io.anxin.channel.phone;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import io.anxin.core.engine.Answer;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.conversation.ConversationStore;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Inbound SMS, a channel of its own: a text from a number is a message of that number's SMS conversation, answered
 * in the webhook's reply. One exception: a reply to the satisfaction survey we texted about a call's ticket goes to
 * that call's conversation, where the survey waits, so the two scores are recorded on the ticket. An answer slower
 * than {@code answer-within} is texted through the outbox when it is ready.
 */
@RestController
class SmsController {

    private static final Logger log = LoggerFactory.getLogger(SmsController.class);

    private final ConversationEngine engine;
    private final ConversationStore conversations;
    private final FollowUp followUp;
    private final Outbox outbox;
    private final CallLog calls;
    private final WebhookSignature signature;
    private final PhoneSettings settings;
    private final Clock clock;

    SmsController(PhoneChannelAutoConfiguration.PhoneEngine engine, ConversationStore conversations, FollowUp followUp, Outbox outbox,
            CallLog calls, WebhookSignature signature, PhoneSettings settings, Clock clock) {
        this.engine = engine.engine();
        this.conversations = conversations;
        this.followUp = followUp;
        this.outbox = outbox;
        this.calls = calls;
        this.signature = signature;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping(path = "/phone/sms", produces = MediaType.APPLICATION_XML_VALUE)
    Mono<String> received(ServerWebExchange exchange) {
        return signature.verified(exchange).flatMap(p -> {
            String from = VoiceController.require(p, "From");
            String sid = VoiceController.require(p, "MessageSid");
            String body = p.getOrDefault("Body", "").strip();
            if (body.isEmpty()) {
                return Mono.just(new MessagingResponse.Builder().build().toXml());
            }
            return customerFor(from).flatMap(customer -> {
                Mono<Answer> answer = engine.handle(new InboundMessage(Channel.PHONE, sid, customer, body, null,
                        clock.instant())).cache();
                answer.subscribe(a -> {}, e -> log.warn("SMS {} failed: {}", sid, e.toString()));
                return answer.timeout(settings.answerWithin()).map(SmsController::reply)
                        .onErrorResume(TimeoutException.class, e -> {
                            // too slow for the webhook: texted when it is ready
                            answer.flatMap(a -> conversations.find(a.conversationId()).flatMap(c -> outbox.post(
                                    OutboundMessage.toCustomer("sms-answer:" + sid, "answer", a.conversationId(),
                                            Channel.PHONE, customer, c.lang(), a.replies(), clock.instant()))))
                                    .subscribe(ok -> {}, err -> log.warn("SMS {} answer not queued: {}", sid, err.toString()));
                            return Mono.just(new MessagingResponse.Builder().build().toXml());
                        });
            });
        });
    }

    /** The call conversation whose survey we texted this number, while it waits for the answer; else the number's own. */
    private Mono<String> customerFor(String number) {
        return calls.textedFrom(number)
                .filterWhen(customer -> conversations.idFor(Channel.PHONE, customer)
                        .flatMap(id -> followUp.pending(id).hasElement()))
                .defaultIfEmpty(number);
    }

    private static String reply(Answer answer) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        for (Reply reply : answer.replies()) {
            response.message(new Message.Builder(reply.text()).build());
        }
        return response.build().toXml();
    }

}
