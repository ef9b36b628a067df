package io.anxin.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.redis.RedisConversationStore;
import io.anxin.core.redis.RedisOutbox;
import io.anxin.core.testing.TestEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The outbox delivers each message once, retries a failing channel, parks a hopeless message, and keeps the rest going. */
class DeliverOutboxIT {

    private static final DeliverOutbox.Settings QUICK_RETRY = new DeliverOutbox.Settings(Duration.ofMillis(200), 3, 50);

    private final RedisOutbox outbox = new RedisOutbox(TestEngine.redis());
    private final Clock clock = Clock.systemUTC();

    private static final class FlakyCourier implements Courier {
        final AtomicInteger attempts = new AtomicInteger();
        final int failures;
        final Channel channel;

        FlakyCourier(Channel channel, int failures) {
            this.channel = channel;
            this.failures = failures;
        }

        @Override
        public String route() {
            return channel.id();
        }

        @Override
        public Mono<Void> deliver(OutboundMessage message) {
            return attempts.incrementAndGet() <= failures
                    ? Mono.error(new IllegalStateException("channel answered 503 for 13800138000")) : Mono.empty();
        }
    }

    private OutboundMessage message(Channel channel, ConversationId conversation) {
        return OutboundMessage.toCustomer("test:" + UUID.randomUUID(), "agent_reply", conversation, channel, "c-1", Lang.ZH_HANS,
                List.of(Reply.text("您好，您的问题已经处理。")), clock.instant());
    }

    private List<String> transcript(ConversationId conversation) {
        return new RedisConversationStore(TestEngine.redis()).transcript(conversation).map(TranscriptEntry::text)
                .collectList().block();
    }

    private void drainUntilQuiet(DeliverOutbox deliver) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            deliver.drain().block();
            Thread.sleep(250);
        }
    }

    @Test
    void a_message_posted_twice_is_delivered_and_recorded_once() throws InterruptedException {
        ConversationId conversation = ConversationId.random();
        OutboundMessage message = message(Channel.API, conversation);
        FlakyCourier courier = new FlakyCourier(Channel.API, 0);

        assertThat(outbox.post(message).block()).isTrue();
        assertThat(outbox.post(message).block()).isFalse();
        drainUntilQuiet(new DeliverOutbox(outbox, List.of(courier), "one", clock, QUICK_RETRY));

        assertThat(courier.attempts).hasValue(1);
        assertThat(transcript(conversation)).containsExactly("您好，您的问题已经处理。");
    }

    @Test
    void a_failing_channel_is_retried_until_it_delivers_while_another_channel_goes_on() throws InterruptedException {
        ConversationId slow = ConversationId.random();
        ConversationId fine = ConversationId.random();
        FlakyCourier wechat = new FlakyCourier(Channel.WECHAT, 2);
        FlakyCourier email = new FlakyCourier(Channel.EMAIL, 0);
        outbox.post(message(Channel.WECHAT, slow)).block();
        outbox.post(message(Channel.EMAIL, fine)).block();

        DeliverOutbox deliver = new DeliverOutbox(outbox, List.of(wechat, email), "one", clock, QUICK_RETRY);
        deliver.runOnce().block();
        assertThat(transcript(fine)).hasSize(1);
        assertThat(transcript(slow)).isEmpty();

        drainUntilQuiet(deliver);
        assertThat(wechat.attempts).hasValue(3);
        assertThat(transcript(slow)).hasSize(1);
    }

    @Test
    void a_message_that_keeps_failing_is_parked_as_a_dead_letter_with_its_reason_masked() throws InterruptedException {
        ConversationId conversation = ConversationId.random();
        OutboundMessage message = message(Channel.PHONE, conversation);
        FlakyCourier phone = new FlakyCourier(Channel.PHONE, 100);
        outbox.post(message).block();

        drainUntilQuiet(new DeliverOutbox(outbox, List.of(phone), "one", clock, QUICK_RETRY));

        assertThat(phone.attempts).hasValue(3);
        assertThat(transcript(conversation)).isEmpty();
        Outbox.DeadLetter dead = outbox.deadLetters(100).filter(d -> d.message().id().equals(message.id())).blockFirst();
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.reason()).contains("channel answered 503").doesNotContain("13800138000");
    }
}
