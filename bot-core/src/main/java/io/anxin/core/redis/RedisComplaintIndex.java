package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.recurrence.ComplaintIndex;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.triage.Category;
import io.lettuce.core.KeyValue;
import io.lettuce.core.Limit;
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
 * Per complaint category: a sorted set of ticket numbers scored by acceptance time, a second one of those not yet
 * settled, a set of the settled ones, and a hash of each complaint's conversation and words. The open complaints of
 * a month are two commands however many they are; all of them, newest first, a page of {@link #PAGE} at a time.
 * Entries older than the retention are trimmed as new ones arrive, so a set holds about two months of one category.
 *
 * <p>Complaints indexed before the open set existed are in neither the open set nor the settled one: they are read
 * among all, newest first, and raised when a repeat's search reaches them.
 */
public final class RedisComplaintIndex implements ComplaintIndex {

    /** Longer than the month the grading looks back, so that reports can compare a month with the one before. */
    static final Duration RETENTION = Duration.ofDays(62);

    /** Complaints read at once when all of a month are read newest first. */
    public static final int PAGE = 32;

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
        String open = Keys.openComplaintsOf(category);
        String number = complaint.number().toString();
        // added again (a retried message), a settled complaint stays settled
        return indexed
                .then(redis.zadd(key, acceptedAt.toEpochMilli(), number))
                .then(redis.sismember(Keys.complaintsSettledOf(category), number))
                .flatMap(settled -> settled ? Mono.empty() : redis.zadd(open, acceptedAt.toEpochMilli(), number))
                .thenMany(redis.zrangebyscore(key, expired)).collectList()
                .flatMap(old -> old.isEmpty() ? Mono.empty()
                        : redis.hdel(words, old.toArray(String[]::new))
                                .then(redis.srem(Keys.complaintsSettledOf(category), old.toArray(String[]::new)))
                                .then(redis.zremrangebyscore(open, expired))
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
        if (numbers.isEmpty()) {
            return Mono.empty();
        }
        String[] members = numbers.stream().map(TicketNumber::toString).toArray(String[]::new);
        return redis.sadd(Keys.complaintsSettledOf(category), members)
                .then(redis.zrem(Keys.openComplaintsOf(category), members))
                .then();
    }

    @Override
    public Flux<Indexed> openBetween(Category category, Instant from, Instant to) {
        return redis.zrangebyscore(Keys.openComplaintsOf(category), between(from, to)).collectList()
                .flatMapMany(numbers -> withWords(category, numbers));
    }

    @Override
    public Mono<Boolean> anySettledBetween(Category category, Instant from, Instant to) {
        Range<Double> accepted = between(from, to);
        return redis.zcount(Keys.complaintsOf(category), accepted)
                .zipWith(redis.zcount(Keys.openComplaintsOf(category), accepted), (all, open) -> all > open);
    }

    @Override
    public Flux<Indexed> newestFirst(Category category, Instant from, Instant to) {
        return page(category, between(from, to), 0);
    }

    /**
     * The page at {@code offset}, then the next one when this one has been consumed. A complaint added meanwhile
     * moves the later pages by one: a complaint may come twice, none is missed.
     */
    private Flux<Indexed> page(Category category, Range<Double> accepted, long offset) {
        return redis.zrevrangebyscore(Keys.complaintsOf(category), accepted, Limit.create(offset, PAGE)).collectList()
                .flatMapMany(numbers -> withWords(category, numbers).concatWith(numbers.size() < PAGE ? Flux.empty()
                        : Flux.defer(() -> page(category, accepted, offset + PAGE))));
    }

    /** The complaints with their conversation and words, read whole ({@link Replies}). */
    private Flux<Indexed> withWords(Category category, List<String> numbers) {
        return numbers.isEmpty() ? Flux.empty()
                : Replies.whole(redis.hmget(Keys.complaintWordsOf(category), numbers.toArray(String[]::new)))
                        .map(RedisComplaintIndex::indexed);
    }

    private static Range<Double> between(Instant from, Instant to) {
        return Range.create((double) from.toEpochMilli(), (double) to.toEpochMilli());
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
