package io.anxin.core.redis;

import io.anxin.core.recurrence.ComplaintIndex;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.triage.Category;
import io.lettuce.core.Range;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One sorted set per complaint category, ticket numbers scored by acceptance time. Entries older than the
 * retention are trimmed as new ones arrive, so a set holds about two months of one category.
 */
public final class RedisComplaintIndex implements ComplaintIndex {

    /** Longer than the month the grading looks back, so that reports can compare a month with the one before. */
    static final Duration RETENTION = Duration.ofDays(62);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisComplaintIndex(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Void> add(Category category, TicketNumber number, Instant acceptedAt) {
        String key = Keys.complaintsOf(category);
        return redis.zadd(key, acceptedAt.toEpochMilli(), number.toString())
                .then(redis.zremrangebyscore(key, Range.create(Double.NEGATIVE_INFINITY,
                        (double) acceptedAt.minus(RETENTION).toEpochMilli())))
                .then();
    }

    @Override
    public Flux<TicketNumber> acceptedBetween(Category category, Instant from, Instant to) {
        return redis.zrangebyscore(Keys.complaintsOf(category),
                        Range.create((double) from.toEpochMilli(), (double) to.toEpochMilli()))
                .map(TicketNumber::parse);
    }
}
