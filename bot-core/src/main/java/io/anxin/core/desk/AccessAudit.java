package io.anxin.core.desk;

import io.anxin.core.ticket.TicketNumber;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Port: the record of who read a confidential ticket, when and how (003 §7(二): a whistle-blower's
 * report is kept confidential, so every look at it must be accountable). Changes are in the ticket's
 * own audit trail; reads leave no trace there. Every export of reports is recorded here too: figures leave
 * the system with it.
 */
public interface AccessAudit {

    /**
     * @param what   how it was read: {@code read} (opened) or {@code listed} (shown in a list), or which export
     *               was taken, e.g. {@code export:statistics 2026-11-01..2026-11-30 csv}
     * @param ticket the confidential ticket read, null for an export (which covers many)
     */
    record Access(String who, String what, @Nullable TicketNumber ticket, Instant at) {}

    Mono<Void> record(Access access);
}
