package io.anxin.channel.desk;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.desk.AgentsLoad;
import io.anxin.core.desk.CannedReplies;
import io.anxin.core.desk.NotPermittedException;
import io.anxin.core.desk.StaffRole;
import io.anxin.core.message.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What the desk pages need beside tickets and conversations: the canned replies and the agents' load. */
@RestController
@RequestMapping(path = "/api/v1/desk", produces = MediaType.APPLICATION_JSON_VALUE)
class DeskAidsController {

    private final CannedReplies canned;
    private final AgentsLoad load;

    DeskAidsController(ObjectProvider<CannedReplies> canned, AgentsLoad load) {
        this.canned = canned.getIfAvailable(() -> new CannedReplies(List.of()));
        this.load = load;
    }

    record CannedReplyView(String id, Map<String, String> texts) {}

    record LoadView(String agent, int count, List<String> conversations) {}

    /** Agents and supervisors, who reply; the texts per language tag. */
    @GetMapping("/canned-replies")
    Mono<List<CannedReplyView>> cannedReplies(ServerWebExchange exchange) {
        return Staffs.of(exchange).map(who -> {
            if (!who.has(StaffRole.AGENT) && !who.has(StaffRole.SUPERVISOR)) {
                throw new NotPermittedException("canned replies are for agents and supervisors");
            }
            return canned.all().stream().map(c -> {
                Map<String, String> texts = new LinkedHashMap<>();
                for (Lang lang : Lang.values()) {
                    texts.put(lang.tag(), c.text(lang));
                }
                return new CannedReplyView(c.id(), texts);
            }).toList();
        });
    }

    @GetMapping("/agents/load")
    Mono<List<LoadView>> agentsLoad(ServerWebExchange exchange) {
        return Staffs.of(exchange).flatMapMany(load::now)
                .map(l -> new LoadView(l.agent(), l.conversations().size(),
                        l.conversations().stream().map(ConversationId::value).toList()))
                .collectList();
    }
}
