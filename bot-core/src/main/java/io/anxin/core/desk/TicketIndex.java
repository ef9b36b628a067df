package io.anxin.core.desk;

import io.anxin.core.ticket.TicketNumber;
import java.util.List;
import reactor.core.publisher.Mono;

/** Port: finds ticket numbers by status, type, grade, category, channel, department and creation time, newest first. */
public interface TicketIndex {

    /** @param total how many tickets match in all, for paging */
    record Found(long total, List<TicketNumber> numbers) {
        public Found {
            numbers = List.copyOf(numbers);
        }
    }

    Mono<Found> newestFirst(IndexQuery query);
}
