package io.anxin.core.followup;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.ticket.TicketNumber;
import reactor.core.publisher.Mono;

/** Port: which ticket's survey a conversation is waiting for an answer to. */
public interface SurveyStore {

    /** Records that the customer was asked about {@code ticket}; a newer survey replaces an older one. */
    Mono<Void> asked(ConversationId conversation, TicketNumber ticket);

    /** The ticket whose survey the conversation waits for, or empty. */
    Mono<TicketNumber> pending(ConversationId conversation);

    /** The survey of {@code ticket} is over (answered or expired); a newer one stays. */
    Mono<Void> close(ConversationId conversation, TicketNumber ticket);
}
