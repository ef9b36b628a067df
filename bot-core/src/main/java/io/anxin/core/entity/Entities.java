package io.anxin.core.entity;

import io.anxin.core.ticket.TicketNumber;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a message names, in the order it names them. */
public record Entities(
        List<String> phones,
        List<String> accounts,
        List<TicketNumber> tickets,
        List<Amount> amounts,
        List<LocalDate> dates,
        List<LocalTime> times) {

    public Entities {
        phones = List.copyOf(phones);
        accounts = List.copyOf(accounts);
        tickets = List.copyOf(tickets);
        amounts = List.copyOf(amounts);
        dates = List.copyOf(dates);
        times = List.copyOf(times);
    }

    /** A message that names nothing. */
    public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** Whether the message says when something happened. */
    public boolean saysWhen() {
        return !dates.isEmpty() || !times.isEmpty();
    }
}
