package io.anxin.core.desk;

import org.jspecify.annotations.Nullable;

/**
 * One page of ticket numbers the index is asked for, newest first.
 *
 * @param filter what the member of staff chose
 * @param scope  what their role lets them see at all
 * @param offset how many matching tickets to skip
 * @param limit  how many to return at most
 */
public record IndexQuery(TicketFilter filter, Scope scope, long offset, int limit) {

    /**
     * @param withConfidential whether confidential tickets are included (compliance only)
     * @param department       only tickets forwarded to this department, or null for every department
     */
    public record Scope(boolean withConfidential, @Nullable String department) {}

    public IndexQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at offset 0 or later and holds at least one ticket");
        }
    }
}
