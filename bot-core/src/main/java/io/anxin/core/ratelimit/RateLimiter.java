package io.anxin.core.ratelimit;

import io.anxin.core.message.Channel;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Counts one inbound message against its customer's and its network address's quotas, before the message reaches
 * the engine. Every channel calls it the same way, so a customer is limited alike whichever way they write.
 */
public interface RateLimiter {

    /**
     * Completes when the message may go on; fails with {@link RateLimitedException} when either quota is used up.
     *
     * @param address the sender's IP address as the channel sees it, or null when there is none (a webhook
     *                relayed by WeChat or Twilio comes from their servers, not from the customer)
     */
    Mono<Void> admit(Channel channel, String customerId, @Nullable String address);

    /** For channels and tests that limit nothing. */
    RateLimiter NONE = (channel, customerId, address) -> Mono.empty();
}
