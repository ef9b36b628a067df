package io.anxin.channel.email;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail channel's settings ({@code anxin.channels.email.*}), checked at start-up by {@link #problems()}.
 *
 * @param mailboxes        the customer-service mailboxes read and answered
 * @param autoReplyLimit   at most this many automatic answers to one sender per {@code autoReplyWindow}: two robots
 *                         that both answer every mail can never loop for long
 * @param autoReplyWindow  the window of that limit
 * @param pollEvery        how often a mailbox is looked at when its server has no IDLE (or IDLE is off), and how
 *                         soon a letter that could not be handled is tried again
 * @param idleRecycle      how long one IDLE lasts before it is renewed (RFC 2177: under 29 minutes)
 * @param reconnectDelay   the pause before connecting again after the server dropped the connection
 */
@ConfigurationProperties("anxin.channels.email")
public record EmailProperties(
        @DefaultValue List<Mailbox> mailboxes,
        @DefaultValue("10") int autoReplyLimit,
        @DefaultValue("1h") Duration autoReplyWindow,
        @DefaultValue("30s") Duration pollEvery,
        @DefaultValue("2m") Duration idleRecycle,
        @DefaultValue("10s") Duration reconnectDelay) {

    public EmailProperties {
        mailboxes = List.copyOf(mailboxes);
    }

    /**
     * One mailbox.
     *
     * @param id     a short name for logs and threads, e.g. {@code kefu}
     * @param imap   where letters are read
     * @param folder the folder read, {@code INBOX} unless told
     * @param smtp   where its answers are sent; none: Spring Boot's {@code spring.mail.*} sender
     * @param from   the address answers come from, usually the mailbox's own
     * @param pack   the policy pack its letters follow; none: the active one ({@code anxin.policy})
     * @param idle   whether to wait with IMAP IDLE when the server offers it (else the mailbox is polled)
     */
    public record Mailbox(@Nullable String id, @Nullable Server imap, @DefaultValue("INBOX") String folder,
            @Nullable Server smtp, @Nullable String from, @Nullable String pack, @DefaultValue("true") boolean idle) {}

    /** A mail server: host, port, implicit TLS or not, and the account's user and password (app password). */
    public record Server(@Nullable String host, int port, @DefaultValue("true") boolean ssl, @Nullable String user,
            @Nullable String password) {}

    /** What is wrong with the settings, each naming the property; empty when they are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < mailboxes.size(); i++) {
            Mailbox box = mailboxes.get(i);
            String at = "anxin.channels.email.mailboxes[" + i + "]";
            if (box.id() == null || !box.id().matches("[a-z0-9-]{1,32}")) {
                problems.add(at + ".id must be 1 to 32 lower-case letters, digits or '-', was '" + box.id() + "'");
            } else if (!ids.add(box.id())) {
                problems.add(at + ".id '" + box.id() + "' names two mailboxes");
            }
            server(problems, at + ".imap", box.imap(), true);
            server(problems, at + ".smtp", box.smtp(), false);
            if (box.from() == null || !box.from().matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
                problems.add(at + ".from must be the address answers come from, e.g. kefu@example.com");
            }
            if (box.folder().isBlank()) {
                problems.add(at + ".folder must not be empty");
            }
        }
        if (autoReplyLimit < 1) {
            problems.add("anxin.channels.email.auto-reply-limit must be at least 1, was " + autoReplyLimit);
        }
        positive(problems, "auto-reply-window", autoReplyWindow);
        positive(problems, "poll-every", pollEvery);
        positive(problems, "idle-recycle", idleRecycle);
        positive(problems, "reconnect-delay", reconnectDelay);
        if (idleRecycle.compareTo(Duration.ofMinutes(29)) > 0) {
            problems.add("anxin.channels.email.idle-recycle must be at most 29 minutes (RFC 2177), was " + idleRecycle);
        }
        return problems;
    }

    private static void positive(List<String> problems, String name, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            problems.add("anxin.channels.email." + name + " must be positive, was " + duration);
        }
    }

    private static void server(List<String> problems, String at, @Nullable Server server, boolean required) {
        if (server == null) {
            if (required) {
                problems.add(at + " is missing: host, port, ssl, user and password of the mailbox's server");
            }
            return;
        }
        if (server.host() == null || server.host().isBlank()) {
            problems.add(at + ".host is missing");
        }
        if (server.port() < 1 || server.port() > 65535) {
            problems.add(at + ".port must be 1 to 65535, was " + server.port());
        }
        if (required && (server.user() == null || server.user().isBlank())) {
            problems.add(at + ".user is missing");
        }
    }
}
