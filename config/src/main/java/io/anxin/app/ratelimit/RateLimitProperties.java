package io.anxin.app.ratelimit;

import io.anxin.core.ratelimit.Quota;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code anxin.rate-limit.*}: how many messages one customer, and one network address, may send per window, on
 * every channel. {@code requests: 0} switches that limit off.
 *
 * @param perCustomer counted per channel and customer id
 * @param perAddress  counted per client IP address as the server sees it (behind a load balancer, set
 *                    {@code server.forward-headers-strategy: native} so that it is the client's, not the balancer's)
 */
@ConfigurationProperties("anxin.rate-limit")
public record RateLimitProperties(@Nullable Limit perCustomer, @Nullable Limit perAddress) {

    static final Limit CUSTOMER_DEFAULT = new Limit(20, Duration.ofMinutes(1));
    static final Limit ADDRESS_DEFAULT = new Limit(600, Duration.ofMinutes(1));

    Quota customerQuota() {
        return (perCustomer != null ? perCustomer : CUSTOMER_DEFAULT).quota("anxin.rate-limit.per-customer");
    }

    Quota addressQuota() {
        return (perAddress != null ? perAddress : ADDRESS_DEFAULT).quota("anxin.rate-limit.per-address");
    }

    /**
     * @param requests at most this many messages per window; 0 for no limit
     * @param window   the window's length, e.g. {@code 1m}
     */
    public record Limit(@Nullable Integer requests, @Nullable Duration window) {

        Quota quota(String prefix) {
            if (requests == null || window == null) {
                throw new IllegalArgumentException(prefix + " needs both requests (0 for no limit) and window (e.g. 1m)");
            }
            try {
                return new Quota(requests, window);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(prefix + ": " + e.getMessage(), e);
            }
        }
    }
}
