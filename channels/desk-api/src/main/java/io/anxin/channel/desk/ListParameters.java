package io.anxin.channel.desk;

import io.anxin.core.desk.TicketFilter;
import io.anxin.core.message.Channel;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of {@code GET /api/v1/desk/tickets}, each checked with a message naming the
 * parameter; an unknown parameter is refused, so a misspelt filter does not silently list everything.
 */
record ListParameters(TicketFilter filter, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    private static final List<String> KNOWN =
            List.of("status", "type", "grade", "category", "channel", "createdFrom", "createdTo", "page", "size");

    static ListParameters of(MultiValueMap<String, String> query) {
        for (String name : query.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "'; expected one of " + KNOWN);
            }
            if (query.get(name).size() > 1) {
                throw new IllegalArgumentException("parameter '" + name + "' is given more than once");
            }
        }
        TicketFilter filter = new TicketFilter(
                parse(query, "status", v -> TicketStatus.valueOf(v.toUpperCase(Locale.ROOT)),
                        "a status, one of " + TransitionRequest.Statuses.LABELS),
                parse(query, "type", Intent::fromLabel, "complaint, suggestion or inquiry"),
                parse(query, "grade", v -> Grade.of(Integer.parseInt(v)), "a grade from 1 to 4"),
                parse(query, "category", Category::fromLabel, "a complaint category such as system_fault"),
                parse(query, "channel", Channel::fromId, "api, widget, wechat, phone or email"),
                parse(query, "createdFrom", Instant::parse, "an instant such as 2026-11-01T00:00:00Z"),
                parse(query, "createdTo", Instant::parse, "an instant such as 2026-12-01T00:00:00Z"));
        Integer page = parse(query, "page", Integer::valueOf, "a page number from 0");
        Integer size = parse(query, "size", Integer::valueOf, "a page size from 1 to 100");
        return new ListParameters(filter, page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    private static <T> @Nullable T parse(MultiValueMap<String, String> query, String name, Function<String, T> parser,
            String expected) {
        String value = query.getFirst(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not " + expected);
        }
    }
}
