package io.anxin.channel.widget;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks an {@link IdentityClaim}. A signed user is {@code hex(HMAC-SHA256(secret, userId + ":" + timestamp))}
 * with the timestamp in Unix seconds, so a signature copied from a page is good only for
 * {@link WidgetSettings#signatureMaxAge()}; signatures are compared in constant time.
 */
final class IdentityVerifier {

    /** Random enough not to be guessed, and nothing a person would write: no personal data in a visitor id. */
    private static final Pattern VISITOR = Pattern.compile("[A-Za-z0-9-]{16,64}");
    /** The host app's own ids; room for "user:" within the engine's 128 characters. */
    private static final int MAX_USER_ID = 100;
    /** A host app's clock a little ahead of ours is not an attack. */
    private static final Duration FUTURE_SKEW = Duration.ofMinutes(5);

    private final @Nullable SecretKeySpec key;
    private final Duration maxAge;
    private final Clock clock;

    IdentityVerifier(WidgetSettings settings, Clock clock) {
        String secret = settings.hmacSecret();
        this.key = secret == null ? null : new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.maxAge = settings.signatureMaxAge();
        this.clock = clock;
    }

    Identity verify(IdentityClaim claim) {
        if (claim.user() != null) {
            return user(claim.user(), claim.timestamp(), claim.signature());
        }
        if (claim.visitor() == null) {
            throw new IdentityRefusedException("identity-required", "say who is writing: a visitor id or a signed user id");
        }
        if (!VISITOR.matcher(claim.visitor()).matches()) {
            throw new IdentityRefusedException("bad-visitor",
                    "a visitor id is 16 to 64 letters, digits and hyphens, as the widget generates it");
        }
        return Identity.visitor(claim.visitor());
    }

    private Identity user(String userId, @Nullable String timestamp, @Nullable String signature) {
        if (key == null) {
            throw new IdentityRefusedException("signing-not-configured",
                    "signed users are not accepted: anxin.channels.widget.hmac-secret is not set on the server");
        }
        if (userId.isBlank() || userId.length() > MAX_USER_ID || userId.chars().anyMatch(Character::isISOControl)) {
            throw new IdentityRefusedException("bad-user", "a user id is 1 to " + MAX_USER_ID
                    + " characters without control characters");
        }
        if (timestamp == null || signature == null) {
            throw new IdentityRefusedException("bad-signature", "a signed user needs data-timestamp and data-signature");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new IdentityRefusedException("bad-signature", "the timestamp must be Unix seconds, e.g. 1763777000");
        }
        byte[] expected = sign(userId + ":" + timestamp);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.toLowerCase());
        } catch (IllegalArgumentException e) {
            throw new IdentityRefusedException("bad-signature", "the signature must be hexadecimal HMAC-SHA256");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw new IdentityRefusedException("bad-signature", "the signature does not match the user id and timestamp");
        }
        Instant signedAt = Instant.ofEpochSecond(seconds);
        Instant now = clock.instant();
        if (signedAt.isAfter(now.plus(FUTURE_SKEW)) || signedAt.plus(maxAge).isBefore(now)) {
            throw new IdentityRefusedException("expired-signature",
                    "the signature's timestamp is outside the " + maxAge.toMinutes() + " minutes it is good for; sign again");
        }
        return Identity.user(userId);
    }

    private byte[] sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
