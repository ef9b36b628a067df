package io.anxin.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** OpenIDs are personal data: Redis key names and message ids carry their SHA-256, never the OpenID itself. */
final class OpenIds {

    private OpenIds() {}

    static String hashed(String openId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(openId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
