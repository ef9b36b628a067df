package io.anxin.core.redis;

import io.anxin.core.sla.Milestone;
import io.anxin.core.sla.Timer;
import io.anxin.core.sla.TimerClaim;
import io.anxin.core.sla.TimerStore;
import io.anxin.core.ticket.TicketNumber;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@link TimerStore} on Redis: exactly one instance claims each due timer, and timers outlive restarts
 * of the application (and of Redis, with AOF).
 *
 * <h2>Keys</h2>
 * All timer keys share the hash tag {@code {timers}}, so they live in one Redis Cluster slot of their own
 * and every script below touches that slot only; no script ever writes a ticket's or a conversation's keys.
 * <table>
 *   <caption>timer keys</caption>
 *   <tr><th>key</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code anxin:{timers}:due}</td><td>sorted set</td><td>pending timer ids, scored by fire time
 *       (epoch milliseconds)</td></tr>
 *   <tr><td>{@code anxin:{timers}:inflight}</td><td>sorted set</td><td>claimed timer ids, scored by the
 *       expiry of their holder's lease (epoch milliseconds)</td></tr>
 *   <tr><td>{@code anxin:{timers}:holders}</td><td>hash</td><td>claimed timer id → the holder's claim
 *       token</td></tr>
 *   <tr><td>{@code anxin:{timers}:timer:<id>}</td><td>hash</td><td>the timer: id, ticket, milestone, kind,
 *       fireAt, dueAt; once finished also outcome ({@code fired}, {@code cancelled}, {@code dropped}) and
 *       finishedAt, and then it expires after the retention, as the tombstone that keeps a repeated
 *       {@code schedule} from firing it again</td></tr>
 * </table>
 * A timer id is in at most one of the two sorted sets: pending, claimed, or in neither (finished). The
 * hash's existence is what "already scheduled" means.
 *
 * <h2>Scripts</h2>
 * Every state change is one Lua script over keys it declares: claiming moves ids from {@code due} to
 * {@code inflight} and records the token in one step, so two instances can never claim the same id;
 * completion and release check the token first, so a holder whose lease ran out (and whose timer was
 * re-delivered and claimed by another) changes nothing. The claim script cannot declare the payload hashes
 * of ids it does not know yet, so the payloads are read after the claim (they do not change while claimed,
 * except by {@code reschedule}/{@code cancel}, which also revoke the claim).
 *
 * <p>One slot for every timer is a deliberate trade: timers are few (a handful per ticket) and the
 * claim must see all of them in one sorted set; a cluster spreads the tickets, not the timers.
 */
public final class RedisTimerStore implements TimerStore {

    static final String DUE = "anxin:{timers}:due";
    static final String INFLIGHT = "anxin:{timers}:inflight";
    static final String HOLDERS = "anxin:{timers}:holders";

    /** How long a finished timer is remembered, so that scheduling it again changes nothing. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

    /** Most expired leases one sweep re-delivers, so that a sweep never blocks Redis for long. */
    private static final int SWEEP_LIMIT = 1000;

    private static final Logger log = LoggerFactory.getLogger(RedisTimerStore.class);

    /**
     * Adds each timer whose payload does not exist yet. KEYS: due, then each payload; ARGV: per timer in turn, fire-at
     * ms, id, ticket, milestone, kind, fireAt, dueAt. Returns how many were added.
     */
    private static final LuaScript SCHEDULE = new LuaScript("""
            local added = 0
            for t = 2, #KEYS do
              local a = (t - 2) * 7
              if redis.call('EXISTS', KEYS[t]) == 0 then
                redis.call('HSET', KEYS[t], 'id', ARGV[a + 2], 'ticket', ARGV[a + 3], 'milestone', ARGV[a + 4],
                    'kind', ARGV[a + 5], 'fireAt', ARGV[a + 6], 'dueAt', ARGV[a + 7])
                redis.call('ZADD', KEYS[1], ARGV[a + 1], ARGV[a + 2])
                added = added + 1
              end
            end
            return added
            """, ScriptOutputType.INTEGER);

    /** KEYS: due, inflight, holders, payload. ARGV: one timer's values as for {@link #SCHEDULE}. */
    private static final LuaScript RESCHEDULE = new LuaScript("""
            if redis.call('HGET', KEYS[4], 'fireAt') == ARGV[6] and redis.call('HGET', KEYS[4], 'dueAt') == ARGV[7] then
                return 0
            end
            redis.call('ZREM', KEYS[2], ARGV[2])
            redis.call('HDEL', KEYS[3], ARGV[2])
            redis.call('DEL', KEYS[4])
            redis.call('HSET', KEYS[4], 'id', ARGV[2], 'ticket', ARGV[3], 'milestone', ARGV[4], 'kind', ARGV[5],
                'fireAt', ARGV[6], 'dueAt', ARGV[7])
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """, ScriptOutputType.INTEGER);

    /** KEYS: due, inflight, holders, payload. ARGV: id, now (ISO), retention seconds. */
    private static final LuaScript CANCEL = new LuaScript("""
            local was = redis.call('ZREM', KEYS[1], ARGV[1]) + redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('HDEL', KEYS[3], ARGV[1])
            if was > 0 or redis.call('HEXISTS', KEYS[4], 'outcome') == 0 then
                redis.call('HSET', KEYS[4], 'id', ARGV[1], 'outcome', 'cancelled', 'finishedAt', ARGV[2])
                redis.call('EXPIRE', KEYS[4], ARGV[3])
            end
            return was
            """, ScriptOutputType.INTEGER);

    /** KEYS: due, inflight, holders. ARGV: now ms, lease-until ms, max, token. Returns the claimed ids, earliest first. */
    private static final LuaScript CLAIM = new LuaScript("""
            local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
            for _, id in ipairs(ids) do
                redis.call('ZREM', KEYS[1], id)
                redis.call('ZADD', KEYS[2], ARGV[2], id)
                redis.call('HSET', KEYS[3], id, ARGV[4])
            end
            return ids
            """, ScriptOutputType.MULTI);

    /** KEYS: inflight, holders, payload. ARGV: id, token, now (ISO), retention seconds, outcome. */
    private static final LuaScript COMPLETE = new LuaScript("""
            if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then return 0 end
            redis.call('ZREM', KEYS[1], ARGV[1])
            redis.call('HDEL', KEYS[2], ARGV[1])
            redis.call('HSET', KEYS[3], 'id', ARGV[1], 'outcome', ARGV[5], 'finishedAt', ARGV[3])
            redis.call('EXPIRE', KEYS[3], ARGV[4])
            return 1
            """, ScriptOutputType.INTEGER);

    /** KEYS: due, inflight, holders. ARGV: id, token, retry-at ms. */
    private static final LuaScript RELEASE = new LuaScript("""
            if redis.call('HGET', KEYS[3], ARGV[1]) ~= ARGV[2] then return 0 end
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('HDEL', KEYS[3], ARGV[1])
            redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
            return 1
            """, ScriptOutputType.INTEGER);

    /**
     * KEYS: due, inflight, holders. ARGV: now ms, max. Claims whose lease ran out become due again, scored
     * by their lease expiry (in the past, so due at once). Returns how many.
     */
    private static final LuaScript REDELIVER = new LuaScript("""
            local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[2]))
            for i = 1, #expired, 2 do
                redis.call('ZREM', KEYS[2], expired[i])
                redis.call('HDEL', KEYS[3], expired[i])
                redis.call('ZADD', KEYS[1], expired[i + 1], expired[i])
            end
            return #expired / 2
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;
    private final Duration retention;

    public RedisTimerStore(RedisClusterReactiveCommands<String, String> redis) {
        this(redis, DEFAULT_RETENTION);
    }

    /** @param retention how long finished timers are remembered (scheduling them again changes nothing meanwhile) */
    public RedisTimerStore(RedisClusterReactiveCommands<String, String> redis, Duration retention) {
        if (retention.toSeconds() < 1) {
            throw new IllegalArgumentException("the retention of finished timers must be at least a second, was " + retention);
        }
        this.redis = redis;
        this.retention = retention;
    }

    static String payload(String timerId) {
        return "anxin:{timers}:timer:" + timerId;
    }

    @Override
    public Mono<Boolean> schedule(Timer timer) {
        return SCHEDULE.<Long>run(redis, new String[] {DUE, payload(timer.id())}, fields(timer)).map(added -> added == 1L);
    }

    /** All in one script: a complaint's eight milestone timers were eight round trips. */
    @Override
    public Mono<Void> scheduleAll(List<Timer> timers) {
        if (timers.isEmpty()) {
            return Mono.empty();
        }
        String[] keys = new String[1 + timers.size()];
        String[] args = new String[7 * timers.size()];
        keys[0] = DUE;
        for (int t = 0; t < timers.size(); t++) {
            keys[1 + t] = payload(timers.get(t).id());
            System.arraycopy(fields(timers.get(t)), 0, args, 7 * t, 7);
        }
        return SCHEDULE.<Long>run(redis, keys, args).then();
    }

    @Override
    public Mono<Boolean> reschedule(Timer timer) {
        String[] keys = {DUE, INFLIGHT, HOLDERS, payload(timer.id())};
        return RESCHEDULE.<Long>run(redis, keys, fields(timer)).map(changed -> changed == 1L);
    }

    @Override
    public Mono<Boolean> cancel(String timerId, Instant now) {
        String[] keys = {DUE, INFLIGHT, HOLDERS, payload(timerId)};
        return CANCEL.<Long>run(redis, keys, timerId, now.toString(), seconds(retention))
                .map(was -> was > 0L);
    }

    @Override
    public Mono<Long> redeliverExpired(Instant now) {
        return REDELIVER.<Long>run(redis, new String[] {DUE, INFLIGHT, HOLDERS}, millis(now), Integer.toString(SWEEP_LIMIT))
                .doOnNext(count -> {
                    if (count > 0) {
                        log.warn("re-delivered {} timers whose holder's lease ran out (an instance stopped or stalled)", count);
                    }
                });
    }

    @Override
    public Flux<TimerClaim> claimDue(Instant now, int max, Duration lease) {
        if (max < 1) {
            throw new IllegalArgumentException("claim at least one timer, was " + max);
        }
        String token = UUID.randomUUID().toString();
        Instant leaseUntil = now.plus(lease);
        return CLAIM.<List<Object>>run(redis, new String[] {DUE, INFLIGHT, HOLDERS}, millis(now), millis(leaseUntil),
                        Integer.toString(max), token)
                .flatMapIterable(ids -> ids)
                .map(String::valueOf)
                .concatMap(id -> Fields.hash(redis, payload(id)).flatMap(fields -> {
                    if (fields.containsKey("fireAt")) {
                        return Mono.just(new TimerClaim(timer(fields), token, leaseUntil));
                    }
                    // Cancelled between the claim and this read (the cancel revoked the claim), or corrupt.
                    return finish(id, token, now, "dropped")
                            .doOnNext(dropped -> {
                                if (dropped) {
                                    log.error("timer {} had no stored content and was dropped", id);
                                }
                            })
                            .then(Mono.empty());
                }));
    }

    @Override
    public Mono<Boolean> complete(TimerClaim claim, Instant now) {
        return finish(claim.timer().id(), claim.token(), now, "fired");
    }

    @Override
    public Mono<Boolean> release(TimerClaim claim, Instant retryAt) {
        String id = claim.timer().id();
        return RELEASE.<Long>run(redis, new String[] {DUE, INFLIGHT, HOLDERS}, id, claim.token(), millis(retryAt))
                .map(released -> released == 1L);
    }

    /** How many timers wait for their fire time (or for an instance to claim them). */
    public Mono<Long> pending() {
        return redis.zcard(DUE);
    }

    /** How many timers are claimed by an instance right now. */
    public Mono<Long> claimed() {
        return redis.zcard(INFLIGHT);
    }

    private Mono<Boolean> finish(String id, String token, Instant now, String outcome) {
        String[] keys = {INFLIGHT, HOLDERS, payload(id)};
        return COMPLETE.<Long>run(redis, keys, id, token, now.toString(), seconds(retention), outcome)
                .map(done -> done == 1L);
    }

    private static String[] fields(Timer timer) {
        return new String[] {millis(timer.fireAt()), timer.id(), timer.ticket().toString(), timer.milestone().label(),
                timer.kind().label(), timer.fireAt().toString(), timer.dueAt().toString()};
    }

    private static Timer timer(Map<String, String> f) {
        Timer timer = Timer.of(TicketNumber.parse(f.get("ticket")), Milestone.fromLabel(f.get("milestone")),
                Timer.Kind.valueOf(f.get("kind").toUpperCase(Locale.ROOT)), Instant.parse(f.get("fireAt")),
                Instant.parse(f.get("dueAt")));
        if (!timer.id().equals(f.get("id"))) {
            throw new IllegalStateException("timer stored under " + f.get("id") + " is " + timer.id());
        }
        return timer;
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    private static String seconds(Duration duration) {
        return Long.toString(duration.toSeconds());
    }
}
