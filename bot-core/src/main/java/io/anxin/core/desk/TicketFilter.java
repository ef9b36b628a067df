package io.anxin.core.desk;

import io.anxin.core.message.Channel;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a member of staff asks a ticket list for; every criterion is optional and they all hold.
 *
 * @param createdFrom accepted at or after this instant
 * @param createdTo   accepted before this instant
 */
public record TicketFilter(
        @Nullable TicketStatus status,
        @Nullable Intent type,
        @Nullable Grade grade,
        @Nullable Category category,
        @Nullable Channel channel,
        @Nullable Instant createdFrom,
        @Nullable Instant createdTo) {

    public static final TicketFilter NONE = new TicketFilter(null, null, null, null, null, null, null);

    public TicketFilter {
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            throw new IllegalArgumentException("createdFrom " + createdFrom + " must be before createdTo " + createdTo);
        }
        if (category != null && type != null && type != Intent.COMPLAINT) {
            throw new IllegalArgumentException("only complaints have a category; leave out type or ask for complaints");
        }
    }
}
