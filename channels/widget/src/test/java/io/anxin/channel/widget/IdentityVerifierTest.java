package io.anxin.channel.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class IdentityVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private static final String SECRET = "s3cret";
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final IdentityVerifier verifier = new IdentityVerifier(
            new WidgetSettings(SECRET, Duration.ofHours(24), List.of("*")), clock);

    @Test
    void a_user_signed_with_the_secret_within_its_age_is_that_user() {
        String ts = Long.toString(NOW.minus(Duration.ofHours(1)).getEpochSecond());
        assertThat(verifier.verify(new IdentityClaim(null, "u-1001", ts, sign(SECRET, "u-1001:" + ts))))
                .isEqualTo(new Identity("user:u-1001"));
    }

    @Test
    void a_signature_made_with_another_secret_or_for_another_user_is_refused() {
        String ts = Long.toString(NOW.getEpochSecond());
        assertRefused(new IdentityClaim(null, "u-1001", ts, sign("guess", "u-1001:" + ts)), "bad-signature");
        assertRefused(new IdentityClaim(null, "u-2002", ts, sign(SECRET, "u-1001:" + ts)), "bad-signature");
        assertRefused(new IdentityClaim(null, "u-1001", ts, "not-hex"), "bad-signature");
        assertRefused(new IdentityClaim(null, "u-1001", null, null), "bad-signature");
    }

    @Test
    void a_signature_older_than_its_age_or_from_the_future_is_refused_as_expired() {
        String old = Long.toString(NOW.minus(Duration.ofHours(25)).getEpochSecond());
        assertRefused(new IdentityClaim(null, "u-1001", old, sign(SECRET, "u-1001:" + old)), "expired-signature");
        String future = Long.toString(NOW.plus(Duration.ofHours(1)).getEpochSecond());
        assertRefused(new IdentityClaim(null, "u-1001", future, sign(SECRET, "u-1001:" + future)), "expired-signature");
    }

    @Test
    void without_a_secret_signed_users_are_refused_and_visitors_accepted() {
        IdentityVerifier unsigned = new IdentityVerifier(new WidgetSettings("", Duration.ofHours(24), List.of("*")), clock);
        assertThatThrownBy(() -> unsigned.verify(new IdentityClaim(null, "u-1001", "1", "00")))
                .isInstanceOfSatisfying(IdentityRefusedException.class, e -> assertThat(e.code()).isEqualTo("signing-not-configured"));
        assertThat(unsigned.verify(new IdentityClaim("0b1c9a7e-5d1f-4c7e-9a55-3f6f1b2c8d90", null, null, null)))
                .isEqualTo(new Identity("visitor:0b1c9a7e-5d1f-4c7e-9a55-3f6f1b2c8d90"));
    }

    @Test
    void a_visitor_id_that_is_not_a_random_id_is_refused() {
        assertRefused(new IdentityClaim("13800138000", null, null, null), "bad-visitor");
        assertRefused(new IdentityClaim(null, null, null, null), "identity-required");
    }

    private void assertRefused(IdentityClaim claim, String code) {
        assertThatThrownBy(() -> verifier.verify(claim))
                .isInstanceOfSatisfying(IdentityRefusedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static String sign(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
