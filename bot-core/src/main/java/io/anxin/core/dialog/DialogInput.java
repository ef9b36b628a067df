package io.anxin.core.dialog;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.entity.Entities;
import io.anxin.core.message.Lang;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.triage.TriageResult;
import org.jspecify.annotations.Nullable;

/**
 * Everything the dialog knows about one message when it decides.
 *
 * @param lang       the language the customer is answered in
 * @param openTicket the conversation's latest ticket while it is still being handled, if any
 * @param agent      the agent who has taken the conversation over, while one holds it: the bot then keeps quiet
 */
public record DialogInput(Conversation conversation, TriageResult triage, String text, Lang lang, Entities entities,
        @Nullable Ticket openTicket, @Nullable String agent) {

    /** A message in a conversation no agent holds. */
    public DialogInput(Conversation conversation, TriageResult triage, String text, Lang lang, Entities entities,
            @Nullable Ticket openTicket) {
        this(conversation, triage, text, lang, entities, openTicket, null);
    }
}
