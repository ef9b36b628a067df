package io.anxin.core.desk;

import io.anxin.core.conversation.ConversationId;
import java.util.Comparator;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * The supervisor's view of the agents' load: how many conversations each agent owns now, the busiest first, so
 * the supervisor sees who can take more (002: the owner stays responsible until handing on). Supervisors and
 * compliance only, as the rest of the supervisor's lists.
 */
public final class AgentsLoad {

    private final OwnedConversations owned;

    public AgentsLoad(OwnedConversations owned) {
        this.owned = owned;
    }

    /** One agent's load. */
    public record Load(String agent, List<ConversationId> conversations) {

        public Load {
            conversations = List.copyOf(conversations);
        }
    }

    public Flux<Load> now(Staff who) {
        if (!who.has(StaffRole.SUPERVISOR) && !who.has(StaffRole.COMPLIANCE)) {
            return Flux.error(new NotPermittedException("the agents' load is for supervisors"));
        }
        return owned.byAgent().flatMapIterable(byAgent -> byAgent.entrySet().stream()
                .map(e -> new Load(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Load l) -> -l.conversations().size()).thenComparing(Load::agent))
                .toList());
    }
}
