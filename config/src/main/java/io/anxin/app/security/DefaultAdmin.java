package io.anxin.app.security;

import io.anxin.app.policy.UsersFiles;
import io.anxin.core.desk.Staff;
import io.anxin.core.desk.StaffRole;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one desk user of an install without a users file, {@code admin}, so that the default run needs no
 * configuration. Its password is the operator's ({@code anxin.admin-password}), or else generated at the first
 * start, printed that once, and kept hashed in Redis: every instance and every later start has the same one.
 */
final class DefaultAdmin {

    /** Where the generated password's bcrypt hash is kept. */
    static final String KEY = "anxin:desk:admin-password";

    private static final Logger log = LoggerFactory.getLogger(DefaultAdmin.class);
    private static final int SHORTEST = 12;
    /** Letters only: a generated password must not look like a phone or card number to the log masking. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

    private DefaultAdmin() {}

    static UsersFiles.Account account(String given, RedisClusterReactiveCommands<String, String> redis,
            PasswordEncoder encoder) {
        Staff admin = new Staff("admin", "Administrator",
                EnumSet.of(StaffRole.AGENT, StaffRole.SUPERVISOR, StaffRole.COMPLIANCE), null);
        if (!given.isEmpty()) {
            if (given.length() < SHORTEST) {
                throw new IllegalArgumentException("anxin.admin-password (ANXIN_ADMIN_PASSWORD) must be at least "
                        + SHORTEST + " characters, was " + given.length());
            }
            log.info("no users file (anxin.users): the desk has one user, 'admin', with the password of"
                    + " anxin.admin-password");
            return new UsersFiles.Account(admin, encoder.encode(given));
        }
        String kept;
        try {
            kept = redis.get(KEY).block(Duration.ofSeconds(10));
            if (kept == null) { // the first start: generated, hashed and printed here, unless another instance was first
                String password = generated();
                String hash = encoder.encode(password);
                if (Boolean.TRUE.equals(redis.setnx(KEY, hash).block(Duration.ofSeconds(10)))) {
                    log.warn("no users file (anxin.users): the desk has one user, 'admin', with the generated password"
                            + " {}. It is printed this once and kept, hashed, in Redis ({}): it stays the same across"
                            + " restarts and instances. For anything but a trial, write a users file and set anxin.users"
                            + " (see docs/operations.md)", password, KEY);
                    return new UsersFiles.Account(admin, hash);
                }
                kept = redis.get(KEY).block(Duration.ofSeconds(10));
            }
        } catch (RuntimeException e) {
            String password = generated();
            log.warn("no users file (anxin.users) and Redis not reachable at start ({}): the desk's 'admin' has the"
                    + " password {} on this instance alone, until it stops", e.getMessage(), password);
            return new UsersFiles.Account(admin, encoder.encode(password));
        }
        if (kept == null || !kept.startsWith("$2")) {
            throw new IllegalStateException("the Redis key " + KEY + " should hold the bcrypt hash of the desk's admin"
                    + " password but does not; delete it and start again to have a new password generated");
        }
        log.info("no users file (anxin.users): the desk has one user, 'admin', whose password was generated and"
                + " printed at the first start (kept hashed in Redis, {}). Lost it? Set anxin.admin-password, or"
                + " delete that key and restart to have a new one generated and printed", KEY);
        return new UsersFiles.Account(admin, kept);
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
