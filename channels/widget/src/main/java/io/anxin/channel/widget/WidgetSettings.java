package io.anxin.channel.widget;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The widget's settings ({@code anxin.channels.widget.*}).
 *
 * @param hmacSecret       the secret the host app signs its user ids with; without it only anonymous visitors are
 *                         accepted and a signed user is refused (a signature nobody can check proves nothing)
 * @param signatureMaxAge  how long a signature stays good after its timestamp, limiting the replay of a copied one
 * @param allowedOrigins   the pages that may embed the widget ({@code *}: any)
 */
record WidgetSettings(@Nullable String hmacSecret, Duration signatureMaxAge, List<String> allowedOrigins) {

    WidgetSettings {
        if (hmacSecret != null && hmacSecret.isBlank()) {
            hmacSecret = null;
        }
        if (signatureMaxAge.isNegative() || signatureMaxAge.isZero()) {
            throw new IllegalArgumentException("anxin.channels.widget.signature-max-age must be positive, was "
                    + signatureMaxAge);
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
