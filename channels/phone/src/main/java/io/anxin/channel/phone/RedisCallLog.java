package io.anxin.channel.phone;

import io.anxin.core.message.Lang;
import io.anxin.core.redis.Replies;
import io.lettuce.core.KeyValue;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Call records in Redis: {@code anxin:{call:CA…}:call}, one hash per call (statuses as {@code status:<name>} fields
 * written with HSETNX, so a repeated callback records nothing twice), kept 90 days; {@code anxin:{phone}:queued}, the
 * calls waiting in a Twilio queue by the time they joined it.
 */
final class RedisCallLog implements CallLog {

    private static final Duration KEPT = Duration.ofDays(90);
    private static final String QUEUED = "anxin:{phone}:queued";

    private final RedisClusterReactiveCommands<String, String> redis;

    RedisCallLog(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    private static String key(String sid) {
        return "anxin:{call:" + sid + "}:call";
    }

    @Override
    public Mono<Call> begin(String sid, String caller, Lang lang, Instant at) {
        String key = key(sid);
        return redis.hsetnx(key, "caller", caller)
                .then(redis.hsetnx(key, "lang", lang.tag()))
                .then(redis.hsetnx(key, "startedAt", at.toString()))
                .then(redis.expire(key, KEPT))
                .then(find(sid));
    }

    @Override
    public Mono<Call> find(String sid) {
        return redis.hgetall(key(sid))
                .collectMap(KeyValue::getKey, KeyValue::getValue)
                .filter(fields -> fields.containsKey("caller"))
                .map(fields -> new Call(sid, fields.get("caller"), Lang.fromTag(fields.get("lang")),
                        Instant.parse(fields.get("startedAt")), fields.get("ticket"),
                        fields.containsKey("dueBy") ? Instant.parse(fields.get("dueBy")) : null));
    }

    @Override
    public Mono<Void> speaks(String sid, Lang lang) {
        return redis.hset(key(sid), "lang", lang.tag()).then();
    }

    @Override
    public Mono<Void> said(String sid, int turn, String text) {
        return redis.hset(key(sid), "said:" + turn, text).then();
    }

    @Override
    public Mono<String> saidOn(String sid, int turn) {
        return redis.hget(key(sid), "said:" + turn);
    }

    @Override
    public Mono<Void> ticket(String sid, String ticket, Instant dueBy) {
        // the call's first ticket is the one its SMS is about; later turns that open another do not replace it
        return redis.hsetnx(key(sid), "ticket", ticket)
                .flatMap(first -> first ? redis.hset(key(sid), "dueBy", dueBy.toString()).then() : Mono.<Void>empty());
    }

    @Override
    public Mono<String> ownTicket(String sid, String drawn) {
        return redis.hsetnx(key(sid), "ownTicket", drawn).then(redis.hget(key(sid), "ownTicket"));
    }

    @Override
    public Mono<String> ownTicketOf(String sid) {
        return redis.hget(key(sid), "ownTicket");
    }

    @Override
    public Mono<Boolean> status(String sid, String status, Instant at) {
        return redis.hsetnx(key(sid), "status:" + status, at.toString())
                .flatMap(isNew -> redis.expire(key(sid), KEPT).thenReturn(isNew));
    }

    @Override
    public Flux<String> statuses(String sid) {
        return Replies.whole(redis.hkeys(key(sid))).filter(f -> f.startsWith("status:")).map(f -> f.substring("status:".length()));
    }

    @Override
    public Mono<Void> queued(String sid, boolean waiting) {
        return (waiting ? redis.zadd(QUEUED, (double) System.currentTimeMillis(), sid) : redis.zrem(QUEUED, sid)).then();
    }

    @Override
    public Flux<String> queuedCalls() {
        return Replies.whole(redis.zrange(QUEUED, 0, -1));
    }

    /** By a hash of the number: numbers never appear in key names. */
    private static String textedKey(String number) {
        return "anxin:phone:texted:" + sha256(number);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Mono<Void> texted(String number, String customerId) {
        return redis.setex(textedKey(number), Duration.ofDays(30).toSeconds(), customerId).then();
    }

    @Override
    public Mono<String> textedFrom(String number) {
        return redis.get(textedKey(number));
    }
}
