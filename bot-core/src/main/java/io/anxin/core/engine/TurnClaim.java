package io.anxin.core.engine;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.ticket.TicketNumber;
import org.jspecify.annotations.Nullable;

/**
 * What an attempt to take a message's turn found: the answer an earlier attempt gave it (a retry), or the lease on
 * its conversation, taken in the same step so that no answer can be committed between the look and the lease.
 */
public sealed interface TurnClaim {

    /** The message was answered before: the retry gets that answer again and nothing else happens. */
    record Answered(Answer answer) implements TurnClaim {}

    /**
     * The message has no answer yet and this instance holds its conversation's lease.
     *
     * @param reservedTicket the number an earlier attempt at this message drew for the ticket it was registering
     *                       before it failed, or null
     * @param conversation   the conversation as it stood when the lease was taken, or null for a new one
     */
    record Leased(Lease lease, @Nullable TicketNumber reservedTicket, @Nullable Conversation conversation)
            implements TurnClaim {}
}
