package io.anxin.core.routing;

import io.anxin.core.message.Lang;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A department that handles tickets: its names as customers and staff read them, how it is told of a ticket,
 * and the department above it, to which a re-complaint may go (000 part 5 §17(七): 转交相关责任部门或上级部门处理;
 * 003 §6 lists no re-complaint step).
 *
 * @param id       how the pack refers to it
 * @param names    its name in every {@link Lang}; a customer may be told who handles their complaint
 * @param email    the address it is told at, null if only by webhook
 * @param webhook  the http(s) address it is told at, null if only by e-mail
 * @param superior the department above it, null at the top
 */
public record Department(DepartmentId id, Map<Lang, String> names, @Nullable String email, @Nullable URI webhook,
        @Nullable DepartmentId superior) {

    // Deliberately loose: one @, no spaces, a dot in the domain. Whether the mailbox exists is the mail server's say.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    public Department {
        Objects.requireNonNull(id, "id");
        for (Lang lang : Lang.values()) {
            String name = names.get(lang);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("department " + id + " needs a name in " + lang.tag());
            }
        }
        names = Map.copyOf(new EnumMap<>(names));
        if (email == null && webhook == null) {
            throw new IllegalArgumentException("department " + id + " needs an e-mail address or a webhook to be told at");
        }
        if (email != null && !isEmail(email)) {
            throw new IllegalArgumentException("department " + id + ": '" + email + "' is not an e-mail address");
        }
        if (webhook != null && !isWebhook(webhook)) {
            throw new IllegalArgumentException("department " + id + ": webhook " + webhook + " is not an absolute http(s) address");
        }
        if (id.equals(superior)) {
            throw new IllegalArgumentException("department " + id + " cannot be its own superior");
        }
    }

    /** Whether {@code text} looks like an e-mail address. */
    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    /** Whether {@code uri} is an absolute http or https address with a host. */
    public static boolean isWebhook(URI uri) {
        return uri.isAbsolute() && uri.getHost() != null
                && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
    }

    public String name(Lang lang) {
        return names.get(lang);
    }

    public Optional<DepartmentId> superiorId() {
        return Optional.ofNullable(superior);
    }
}
