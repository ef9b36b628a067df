package io.anxin.core.desk;

import io.anxin.core.ticket.Ticket;
import java.util.List;

/**
 * One page of a ticket list, newest first.
 *
 * @param page  0 for the newest
 * @param total how many tickets match in all
 */
public record TicketPage(List<Ticket> items, int page, int size, long total) {

    public TicketPage {
        items = List.copyOf(items);
    }
}
