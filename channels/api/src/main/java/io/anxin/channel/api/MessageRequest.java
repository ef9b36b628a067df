package io.anxin.channel.api;

import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.InvalidMessageException;
import io.anxin.core.message.Lang;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/messages}; every field is checked here, at the edge. */
record MessageRequest(
        @Nullable String customerId, @Nullable String messageId, @Nullable String text, @Nullable String lang) {

    InboundMessage toInbound(Instant receivedAt) {
        Lang language = null;
        if (lang != null) {
            try {
                language = Lang.fromTag(lang);
            } catch (IllegalArgumentException e) {
                throw new InvalidMessageException("lang", e.getMessage());
            }
        }
        return new InboundMessage(Channel.API, require("messageId", messageId), require("customerId", customerId),
                require("text", text), language, receivedAt);
    }

    private static String require(String field, @Nullable String value) {
        if (value == null) {
            throw new InvalidMessageException(field, field + " is required");
        }
        return value;
    }
}
