package io.anxin.core.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.message.Channel;
import io.anxin.core.ratelimit.Quota;
import io.anxin.core.ratelimit.RateLimitedException;
import io.anxin.core.testing.TemporaryRedis;
import io.anxin.core.testing.TestRedis;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisRateLimiterIT {

    @RegisterExtension
    static final TemporaryRedis redis = new TemporaryRedis();

    private TestRedis.Connection connection;

    @BeforeEach
    void connect() {
        connection = redis.connect();
    }

    @AfterEach
    void disconnect() {
        connection.close();
    }

    private RedisRateLimiter limiter(Quota customer, Quota address) {
        return new RedisRateLimiter(connection.reactive(), customer, address);
    }

    @Test
    void a_customer_over_the_quota_is_told_how_long_to_wait_and_admitted_again_once_the_window_has_passed() throws Exception {
        RedisRateLimiter limiter = limiter(new Quota(2, Duration.ofMillis(700)), Quota.UNLIMITED);
        String customer = UUID.randomUUID().toString();
        limiter.admit(Channel.API, customer, null).block();
        limiter.admit(Channel.API, customer, null).block();

        assertThatThrownBy(() -> limiter.admit(Channel.API, customer, null).block())
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.scope()).isEqualTo("customer");
                    assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(700));
                    assertThat(e.retryAfterSeconds()).isEqualTo(1);
                });
        // the same customer id on another channel is another customer
        limiter.admit(Channel.WIDGET, customer, null).block();

        Thread.sleep(800);
        limiter.admit(Channel.API, customer, null).block();
    }

    @Test
    void many_customers_behind_one_address_share_its_quota_and_other_addresses_are_not_held_up() {
        RedisRateLimiter limiter = limiter(Quota.UNLIMITED, new Quota(3, Duration.ofMinutes(1)));
        String address = "192.0.2." + (int) (Math.random() * 200);
        for (int i = 0; i < 3; i++) {
            limiter.admit(Channel.WIDGET, UUID.randomUUID().toString(), address).block();
        }
        assertThatThrownBy(() -> limiter.admit(Channel.WIDGET, UUID.randomUUID().toString(), address).block())
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.scope()).isEqualTo("address"));
        limiter.admit(Channel.WIDGET, UUID.randomUUID().toString(), "198.51.100.7").block();
        // a webhook relayed by a platform has no customer address: only the customer's quota applies
        limiter.admit(Channel.WECHAT, UUID.randomUUID().toString(), null).block();
    }

    @Test
    void the_counters_name_no_customer_or_address_in_clear_and_expire_with_their_window() {
        RedisRateLimiter limiter = limiter(new Quota(5, Duration.ofMinutes(1)), new Quota(5, Duration.ofMinutes(1)));
        limiter.admit(Channel.PHONE, "+8613800138000", "203.0.113.9").block();

        var keys = connection.sync().keys("anxin:rate:*");
        assertThat(keys).isNotEmpty().allSatisfy(key -> {
            assertThat(key).doesNotContain("13800138000").doesNotContain("203.0.113.9");
            assertThat(connection.sync().pttl(key)).isPositive();
        });
    }

    @Test
    void an_unlimited_quota_never_refuses() {
        RedisRateLimiter limiter = limiter(Quota.UNLIMITED, Quota.UNLIMITED);
        for (int i = 0; i < 50; i++) {
            limiter.admit(Channel.API, "same", "127.0.0.1").block();
        }
    }

    @Test
    void a_quota_refuses_negative_counts_and_empty_windows() {
        assertThatThrownBy(() -> new Quota(-1, Duration.ofMinutes(1))).hasMessageContaining("0 (no limit) or more");
        assertThatThrownBy(() -> new Quota(1, Duration.ZERO)).hasMessageContaining("at least a millisecond");
    }
}
