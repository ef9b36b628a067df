package io.anxin.core.handoff;

/**
 * One party that must hear of a conversation now.
 *
 * @param reason what raised it: a risk flag's label, or {@code customer_asked}
 * @param urgent whether it must reach them at once rather than with the next batch
 */
public record Escalation(Role role, String reason, boolean urgent) {}
