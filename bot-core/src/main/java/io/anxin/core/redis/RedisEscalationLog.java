package io.anxin.core.redis;

import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.handoff.EscalationNotice;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Escalations as one stream, {@code anxin:escalations}, read by the desks with consumer groups. */
public final class RedisEscalationLog implements EscalationLog {

    static final String STREAM = "anxin:escalations";

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisEscalationLog(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Void> record(EscalationNotice notice) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("role", notice.escalation().role().name());
        fields.put("reason", notice.escalation().reason());
        fields.put("urgent", Boolean.toString(notice.escalation().urgent()));
        fields.put("conversation", notice.conversationId().value());
        fields.put("messageId", notice.messageId());
        if (notice.ticket() != null) {
            fields.put("ticket", notice.ticket());
        }
        fields.put("at", notice.at().toString());
        return redis.xadd(STREAM, fields).then();
    }
}
