package io.anxin.core.desk;

import io.anxin.core.ticket.TicketNumber;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Port: the record of who read a confidential ticket, when and how (003 §7(二): a whistle-blower's
 * report is kept confidential, so every look at it must be accountable). Changes are in the ticket's
 * own audit trail; reads leave no trace there.
 */
public interface AccessAudit {

    /**
     * @param what how it was read: {@code read} (opened) or {@code listed} (shown in a list)
     */
    record Access(String who, String what, TicketNumber ticket, Instant at) {}

    Mono<Void> record(Access access);
}
