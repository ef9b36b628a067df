package io.anxin.core.entity;

import io.anxin.core.ticket.TicketNumber;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a message names, in the order it names them.
 *
 * @param groupSizes how many households or people it says it speaks for ("我们30多户业主")
 */
public record Entities(
        List<String> phones,
        List<String> accounts,
        List<TicketNumber> tickets,
        List<Amount> amounts,
        List<LocalDate> dates,
        List<LocalTime> times,
        List<Integer> groupSizes) {

    public Entities {
        phones = List.copyOf(phones);
        accounts = List.copyOf(accounts);
        tickets = List.copyOf(tickets);
        amounts = List.copyOf(amounts);
        dates = List.copyOf(dates);
        times = List.copyOf(times);
        groupSizes = List.copyOf(groupSizes);
    }

    /** The largest number of households or people the message speaks for, 0 when it names none. */
    public int groupSize() {
        return groupSizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** A message that names nothing. */
    public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** Whether the message says when something happened. */
    public boolean saysWhen() {
        return !dates.isEmpty() || !times.isEmpty();
    }
}
