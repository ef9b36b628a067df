package io.anxin.core.redis;

import io.anxin.core.desk.AccessAudit;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Reads of confidential tickets and exports as one stream, {@code anxin:audit}, for compliance to review. */
public final class RedisAccessAudit implements AccessAudit {

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisAccessAudit(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Void> record(Access access) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("who", access.who());
        fields.put("what", access.what());
        if (access.ticket() != null) {
            fields.put("ticket", access.ticket().toString());
        }
        fields.put("at", access.at().toString());
        return redis.xadd(Keys.ACCESS_AUDIT, fields).then();
    }
}
