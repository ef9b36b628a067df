package io.anxin.core.dialog;

import io.anxin.core.ticket.Grade;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dialog's decision to register a ticket; the engine numbers and stores it.
 *
 * @param content the customer's words the ticket is about
 */
public record TicketOrder(
        Intent type, @Nullable Category category, Set<RiskFlag> flags, Grade grade, String content) {

    public TicketOrder {
        flags = Set.copyOf(flags);
    }
}
