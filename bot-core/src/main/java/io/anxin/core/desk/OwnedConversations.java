package io.anxin.core.desk;

import io.anxin.core.conversation.ConversationId;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Port: which conversations each agent owns now (taken and not yet handed on), for the supervisor's view of load. */
public interface OwnedConversations {

    /** Every agent who owns at least one conversation, with the conversations. */
    Mono<Map<String, List<ConversationId>>> byAgent();
}
