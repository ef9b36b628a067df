package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.desk.OwnedConversations;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reactor.core.publisher.Mono;

/** The owners hash of {@link RedisHumanDesk}, read whole: one entry per conversation with a person. */
public final class RedisOwnedConversations implements OwnedConversations {

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisOwnedConversations(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Map<String, List<ConversationId>>> byAgent() {
        return redis.hgetall(RedisHumanDesk.OWNERS).collectList().map(pairs -> {
            Map<String, List<ConversationId>> byAgent = new TreeMap<>();
            pairs.forEach(kv -> byAgent.computeIfAbsent(kv.getValue(), agent -> new ArrayList<>())
                    .add(new ConversationId(kv.getKey())));
            return byAgent;
        });
    }
}
