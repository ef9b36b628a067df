package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.engine.Answer;
import io.anxin.core.engine.InboundKey;
import io.anxin.core.engine.Lease;
import io.anxin.core.engine.LeaseLostException;
import io.anxin.core.engine.TicketReceipt;
import io.anxin.core.engine.Turn;
import io.anxin.core.engine.TurnClaim;
import io.anxin.core.engine.TurnStore;
import io.anxin.core.message.Reply;
import io.anxin.core.ticket.TicketNumber;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbound ledger and the turn commit. A message's record ({@code …:inbound:<channel>:<id>})
 * holds the ticket number drawn for it and, once committed, its answer; the commit writes the
 * conversation, the transcript lines and the answer in one script, fenced by the lease token, and
 * gives the lease up in the same script.
 */
public final class RedisTurnStore implements TurnStore {

    private static final LuaScript RELEASE = new LuaScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """, ScriptOutputType.INTEGER);

    /**
     * KEYS: inbound, lease, conversation. ARGV: token, ttl in milliseconds. {'answer', the answer} if the message has
     * one; else, if the lease was free and is now this token's, {'leased', the ticket number an earlier attempt drew or
     * '', the conversation's fields and values}; else an empty list (busy).
     */
    private static final LuaScript CLAIM = new LuaScript("""
            local found = redis.call('HMGET', KEYS[1], 'answer', 'ticket')
            if found[1] then return {'answer', found[1]} end
            if not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {} end
            local claimed = {'leased', found[2] or ''}
            for _, v in ipairs(redis.call('HGETALL', KEYS[3])) do claimed[#claimed + 1] = v end
            return claimed
            """, ScriptOutputType.MULTI);

    /** KEYS: inbound. ARGV: ticket number, retention in seconds. */
    private static final LuaScript RESERVE = new LuaScript("""
            redis.call('HSET', KEYS[1], 'ticket', ARGV[1])
            return redis.call('EXPIRE', KEYS[1], ARGV[2])
            """, ScriptOutputType.INTEGER);

    /**
     * KEYS: lease, conversation, transcript, inbound. ARGV: token, retention, answer, transcript retention in seconds
     * (0: kept), 1 to give the lease up (0: keep it), counted fields, entries.
     */
    private static final LuaScript COMMIT = new LuaScript("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            local i = 6
            local n = tonumber(ARGV[i]); i = i + 1
            local fields = {}
            for j = 1, n * 2 do fields[j] = ARGV[i]; i = i + 1 end
            redis.call('DEL', KEYS[2])
            redis.call('HSET', KEYS[2], unpack(fields))
            local entries = tonumber(ARGV[i]); i = i + 1
            for e = 1, entries do
              local m = tonumber(ARGV[i]); i = i + 1
              local entry = {}
              for j = 1, m * 2 do entry[j] = ARGV[i]; i = i + 1 end
              redis.call('XADD', KEYS[3], '*', unpack(entry))
            end
            redis.call('HSET', KEYS[4], 'answer', ARGV[3])
            redis.call('EXPIRE', KEYS[4], ARGV[2])
            if tonumber(ARGV[4]) > 0 then redis.call('EXPIRE', KEYS[3], ARGV[4]) end
            if ARGV[5] == '1' then redis.call('DEL', KEYS[1]) end
            return 1
            """, ScriptOutputType.INTEGER);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedisClusterReactiveCommands<String, String> redis;
    private final Duration retention;
    private final @Nullable Duration transcripts;

    /**
     * @param retention how long a message's answer is kept to recognise a retry of it; channels
     *                  retry within minutes, clients within days
     */
    public RedisTurnStore(RedisClusterReactiveCommands<String, String> redis, Duration retention) {
        this(redis, retention, null);
    }

    /**
     * @param transcripts how long a transcript is kept after its last line ({@code anxin.retention.transcripts}),
     *                    null to keep transcripts for good
     */
    public RedisTurnStore(RedisClusterReactiveCommands<String, String> redis, Duration retention,
            @Nullable Duration transcripts) {
        this.redis = redis;
        this.retention = retention;
        this.transcripts = TranscriptRetention.checked(transcripts);
    }

    @Override
    public Mono<Lease> tryLease(ConversationId id, Duration ttl) {
        String token = UUID.randomUUID().toString();
        return redis.set(Keys.lease(id), token, SetArgs.Builder.nx().px(ttl.toMillis()))
                .filter("OK"::equals)
                .map(ok -> new Lease(id, token));
    }

    @Override
    public Mono<TurnClaim> claim(InboundKey key, Duration ttl) {
        String token = UUID.randomUUID().toString();
        ConversationId id = key.conversationId();
        String[] keys = {Keys.inbound(key), Keys.lease(id), Keys.conversation(id)};
        return CLAIM.<List<Object>>run(redis, keys, token, Long.toString(ttl.toMillis()))
                .filter(found -> !found.isEmpty())
                .map(found -> {
                    if ("answer".equals(found.get(0))) {
                        return new TurnClaim.Answered(JSON.readValue((String) found.get(1), StoredAnswer.class).toAnswer());
                    }
                    String reserved = (String) found.get(1);
                    Map<String, String> fields = new HashMap<>();
                    for (int i = 2; i + 1 < found.size(); i += 2) {
                        fields.put((String) found.get(i), (String) found.get(i + 1));
                    }
                    return new TurnClaim.Leased(new Lease(id, token), reserved.isEmpty() ? null : TicketNumber.parse(reserved),
                            fields.isEmpty() ? null : Fields.conversation(id, fields));
                });
    }

    @Override
    public Mono<Void> release(Lease lease) {
        return RELEASE.run(redis, new String[] {Keys.lease(lease.conversationId())}, lease.token()).then();
    }

    @Override
    public Mono<Answer> answered(InboundKey key) {
        return redis.hget(Keys.inbound(key), "answer").map(json -> JSON.readValue(json, StoredAnswer.class).toAnswer());
    }

    @Override
    public Mono<Void> reserveTicket(InboundKey key, TicketNumber number) {
        return RESERVE.run(redis, new String[] {Keys.inbound(key)}, number.toString(), Long.toString(retention.toSeconds()))
                .then();
    }

    @Override
    public Mono<Void> commit(Lease lease, Turn turn) {
        return commit(lease, turn, true);
    }

    @Override
    public Mono<Void> commitHolding(Lease lease, Turn turn) {
        return commit(lease, turn, false);
    }

    private Mono<Void> commit(Lease lease, Turn turn, boolean release) {
        ConversationId id = lease.conversationId();
        List<String> args = new ArrayList<>();
        args.add(lease.token());
        args.add(Long.toString(retention.toSeconds()));
        args.add(JSON.writeValueAsString(StoredAnswer.of(turn.answer())));
        args.add(TranscriptRetention.seconds(transcripts));
        args.add(release ? "1" : "0");
        Fields.appendCounted(args, Fields.of(turn.conversation()));
        args.add(Integer.toString(turn.entries().size()));
        turn.entries().forEach(entry -> Fields.appendCounted(args, Fields.of(entry)));
        String[] keys = {Keys.lease(id), Keys.conversation(id), Keys.transcript(id), Keys.inbound(turn.key())};
        return COMMIT.<Long>run(redis, keys, args.toArray(String[]::new))
                .flatMap(done -> done == 1L ? Mono.<Void>empty() : Mono.error(new LeaseLostException(lease)));
    }

    /** The answer as kept for retries: plain values only. */
    record StoredAnswer(String conversationId, List<Reply> replies, @Nullable TicketReceipt ticket) {

        static StoredAnswer of(Answer answer) {
            return new StoredAnswer(answer.conversationId().value(), answer.replies(), answer.ticket());
        }

        Answer toAnswer() {
            return new Answer(new ConversationId(conversationId), replies, ticket);
        }
    }
}
