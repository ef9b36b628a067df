package io.anxin.core.ticket;

import java.time.Instant;

/**
 * One line of a ticket's audit trail.
 *
 * @param what what happened, e.g. {@code form.summary} or {@code status:CLOSED_AT_INTAKE}
 * @param by   who did it: the bot, an agent's id, a department
 */
public record TicketEvent(String what, String by, Instant at) {}
