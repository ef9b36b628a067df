package io.anxin.core.redis;

import io.anxin.core.report.ReportClaims;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** A scheduled report's claim as {@code anxin:report:sent:<report>}, set once; kept long past its period. */
public final class RedisReportClaims implements ReportClaims {

    /** Longer than any schedule's period, so a report of last month is never claimed again. */
    static final Duration KEPT = Duration.ofDays(400);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisReportClaims(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Boolean> claim(String report) {
        return redis.set("anxin:report:sent:" + report, "1", SetArgs.Builder.nx().ex(KEPT))
                .map("OK"::equals)
                .defaultIfEmpty(false);
    }
}
