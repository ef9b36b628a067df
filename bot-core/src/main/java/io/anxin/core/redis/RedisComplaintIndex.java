package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.recurrence.ComplaintIndex;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.triage.Category;
import io.lettuce.core.KeyValue;
import io.lettuce.core.Range;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One sorted set per complaint category, ticket numbers scored by acceptance time, and beside it one hash of each
 * complaint's conversation and words: the month of a category is two commands however many complaints it holds.
 * Entries older than the retention are trimmed as new ones arrive, so a set holds about two months of one category.
 */
public final class RedisComplaintIndex implements ComplaintIndex {

    /** Longer than the month the grading looks back, so that reports can compare a month with the one before. */
    static final Duration RETENTION = Duration.ofDays(62);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisComplaintIndex(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Void> add(Category category, Indexed complaint, Instant acceptedAt) {
        String key = Keys.complaintsOf(category);
        String words = Keys.complaintWordsOf(category);
        Range<Double> expired = Range.create(Double.NEGATIVE_INFINITY, (double) acceptedAt.minus(RETENTION).toEpochMilli());
        Mono<Void> indexed = complaint.conversation() == null || complaint.words() == null ? Mono.empty()
                : redis.hset(words, complaint.number().toString(), complaint.conversation().value() + "\n" + complaint.words())
                        .then();
        return indexed
                .then(redis.zadd(key, acceptedAt.toEpochMilli(), complaint.number().toString()))
                .thenMany(redis.zrangebyscore(key, expired)).collectList()
                .flatMap(old -> old.isEmpty() ? Mono.empty()
                        : redis.hdel(words, old.toArray(String[]::new))
                                .then(redis.srem(Keys.complaintsSettledOf(category), old.toArray(String[]::new)))
                                .then(redis.zremrangebyscore(key, expired)))
                .then();
    }

    @Override
    public Mono<Set<TicketNumber>> settled(Category category, Collection<TicketNumber> numbers) {
        if (numbers.isEmpty()) {
            return Mono.just(Set.of());
        }
        List<TicketNumber> asked = List.copyOf(numbers);
        return redis.smismember(Keys.complaintsSettledOf(category), asked.stream().map(TicketNumber::toString)
                        .toArray(String[]::new))
                .collectList()
                .map(member -> {
                    Set<TicketNumber> settled = new HashSet<>();
                    for (int i = 0; i < asked.size(); i++) {
                        if (Boolean.TRUE.equals(member.get(i))) {
                            settled.add(asked.get(i));
                        }
                    }
                    return settled;
                });
    }

    @Override
    public Mono<Void> settle(Category category, Collection<TicketNumber> numbers) {
        return numbers.isEmpty() ? Mono.empty()
                : redis.sadd(Keys.complaintsSettledOf(category), numbers.stream().map(TicketNumber::toString)
                        .toArray(String[]::new)).then();
    }

    @Override
    public Flux<Indexed> acceptedBetween(Category category, Instant from, Instant to) {
        return redis.zrangebyscore(Keys.complaintsOf(category),
                        Range.create((double) from.toEpochMilli(), (double) to.toEpochMilli()))
                .collectList()
                .flatMapMany(numbers -> numbers.isEmpty() ? Flux.empty()
                        : redis.hmget(Keys.complaintWordsOf(category), numbers.toArray(String[]::new)).map(RedisComplaintIndex::indexed));
    }

    private static Indexed indexed(KeyValue<String, String> entry) {
        TicketNumber number = TicketNumber.parse(entry.getKey());
        if (!entry.hasValue()) {
            return new Indexed(number, null, null);
        }
        String value = entry.getValue();
        int end = value.indexOf('\n');
        return new Indexed(number, new ConversationId(value.substring(0, end)), value.substring(end + 1));
    }
}
