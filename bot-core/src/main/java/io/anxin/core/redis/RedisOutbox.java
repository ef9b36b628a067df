package io.anxin.core.redis;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.Speaker;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.outbox.Recipient;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XPendingArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox as a Redis stream read by a consumer group, so that each message is taken by one instance and a
 * message an instance took and never acknowledged (it failed, or the instance died) is taken again once idle.
 * Posting is one script on the {@code {outbox}} slot (a marker per message id, then the stream entry); recording
 * a delivery is one script on the conversation's slot (a marker per message id, then the transcript lines), so
 * neither happens twice.
 */
public final class RedisOutbox implements Outbox {

    static final String QUEUE = "anxin:{outbox}:queue";
    static final String DEAD = "anxin:{outbox}:dead";
    static final String GROUP = "couriers";

    /** How long the marker of a posted message is kept: a repeated post within it is refused. */
    static final Duration MARKER_RETENTION = Duration.ofDays(90);

    /** KEYS: marker, queue. ARGV: retention in seconds, then the entry's fields. */
    private static final LuaScript POST = new LuaScript("""
            if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) == false then return 0 end
            local fields = {}
            for i = 2, #ARGV do fields[i - 1] = ARGV[i] end
            redis.call('XADD', KEYS[2], '*', unpack(fields))
            return 1
            """, ScriptOutputType.INTEGER);

    /** KEYS: marker, transcript. ARGV: retention in seconds, then for each line its field count and fields. */
    private static final LuaScript RECORD = new LuaScript("""
            if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) == false then return 0 end
            local i = 3
            while i <= #ARGV do
              local n = tonumber(ARGV[i]); i = i + 1
              local entry = {}
              for j = 1, n * 2 do entry[j] = ARGV[i]; i = i + 1 end
              redis.call('XADD', KEYS[2], '*', unpack(entry))
            end
            if tonumber(ARGV[2]) > 0 then redis.call('EXPIRE', KEYS[2], ARGV[2]) end
            return 1
            """, ScriptOutputType.INTEGER);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredReply>> REPLIES = new TypeReference<>() {};
    private static final TypeReference<List<OutboundMessage.Document>> DOCUMENTS = new TypeReference<>() {};

    private record StoredReply(String text, List<String> quickReplies) {}

    private final RedisClusterReactiveCommands<String, String> redis;
    private final @Nullable Duration transcripts;
    private final AtomicBoolean groupReady = new AtomicBoolean();

    public RedisOutbox(RedisClusterReactiveCommands<String, String> redis) {
        this(redis, null);
    }

    /**
     * @param transcripts how long a transcript is kept after its last line ({@code anxin.retention.transcripts}),
     *                    null to keep transcripts for good; the lines this outbox adds keep it that long too
     */
    public RedisOutbox(RedisClusterReactiveCommands<String, String> redis, @Nullable Duration transcripts) {
        this.redis = redis;
        this.transcripts = TranscriptRetention.checked(transcripts);
    }

    @Override
    public Mono<Boolean> post(OutboundMessage message) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(MARKER_RETENTION.toSeconds()));
        fields(message).forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return POST.<Long>run(redis, new String[] {"anxin:{outbox}:posted:" + message.id(), QUEUE}, args.toArray(String[]::new))
                .map(added -> added == 1);
    }

    /** The parcels are read whole (here and in {@link #retake}): delivering one sends commands ({@link Replies}). */
    @Override
    public Flux<Parcel> take(String courier, int max) {
        return group().thenMany(Replies.whole(redis.xreadgroup(Consumer.from(GROUP, courier), XReadArgs.Builder.count(max),
                        XReadArgs.StreamOffset.lastConsumed(QUEUE))))
                .map(entry -> new Parcel(entry.getId(), message(entry.getBody()), 1));
    }

    @Override
    public Flux<Parcel> retake(String courier, Duration idle, int max) {
        XPendingArgs<String> pending = XPendingArgs.Builder.<String>xpending(GROUP, Range.create("-", "+"), Limit.from(max))
                .idle(idle);
        return Replies.whole(group().thenMany(Replies.whole(redis.xpending(QUEUE, pending)))
                .concatMap(p -> claim(courier, idle, p)));
    }

    private Flux<Parcel> claim(String courier, Duration idle, PendingMessage pending) {
        return redis.xclaim(QUEUE, Consumer.from(GROUP, courier), idle.toMillis(), pending.getId())
                // Another instance may have claimed it first: then nothing comes back.
                .map(entry -> new Parcel(entry.getId(), message(entry.getBody()), pending.getRedeliveryCount() + 1));
    }

    @Override
    public Mono<Void> delivered(Parcel parcel, Instant at) {
        Mono<Void> ack = redis.xack(QUEUE, GROUP, parcel.receipt()).then();
        if (!(parcel.message().recipient() instanceof Recipient.Customer customer)) {
            return ack; // a department's notice is in the ticket's audit trail, not in a conversation
        }
        if (OutboundMessage.ANSWER.equals(parcel.message().purpose())) {
            return ack; // the engine recorded its answer with the turn
        }
        OutboundMessage message = parcel.message();
        List<String> args = new ArrayList<>();
        args.add(Long.toString(MARKER_RETENTION.toSeconds()));
        args.add(TranscriptRetention.seconds(transcripts));
        for (Reply reply : message.replies()) {
            TranscriptEntry entry = OutboundMessage.AGENT_REPLY.equals(message.purpose())
                    ? new TranscriptEntry(Speaker.AGENT, reply.text(), at, null, null) : TranscriptEntry.bot(reply.text(), at);
            Map<String, String> line = Fields.of(entry);
            line.put("outbound", message.id());
            line.put("purpose", message.purpose());
            args.add(Integer.toString(line.size()));
            line.forEach((k, v) -> {
                args.add(k);
                args.add(v);
            });
        }
        String transcript = Keys.transcript(customer.conversationId());
        return RECORD.<Long>run(redis, new String[] {transcript + ":outbound:" + message.id(), transcript},
                        args.toArray(String[]::new))
                .then(ack);
    }

    @Override
    public Mono<Void> park(Parcel parcel, String reason, Instant at) {
        Map<String, String> dead = fields(parcel.message());
        dead.put("reason", reason);
        dead.put("attempts", Long.toString(parcel.attempts()));
        dead.put("parkedAt", at.toString());
        return redis.xadd(DEAD, dead).then(redis.xack(QUEUE, GROUP, parcel.receipt())).then();
    }

    @Override
    public Flux<DeadLetter> deadLetters(int max) {
        return Replies.whole(redis.xrevrange(DEAD, Range.create("-", "+"), Limit.from(max)))
                .map(StreamMessage::getBody)
                .map(f -> new DeadLetter(message(f), f.get("reason"), Long.parseLong(f.get("attempts")),
                        Instant.parse(f.get("parkedAt"))));
    }

    /** Creates the consumer group once per instance; BUSYGROUP means another instance already did. */
    private Mono<Void> group() {
        if (groupReady.get()) {
            return Mono.empty();
        }
        return redis.xgroupCreate(XReadArgs.StreamOffset.from(QUEUE, "0"), GROUP, XGroupCreateArgs.Builder.mkstream())
                .onErrorResume(RedisBusyException.class, e -> Mono.just("OK"))
                .doOnSuccess(ok -> groupReady.set(true))
                .then();
    }

    private static Map<String, String> fields(OutboundMessage m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", m.id());
        f.put("purpose", m.purpose());
        if (m.recipient() instanceof Recipient.Customer c) {
            f.put("conversation", c.conversationId().value());
            f.put("channel", c.channel().id());
            f.put("customer", c.customerId());
            f.put("lang", c.lang().tag());
        } else if (m.recipient() instanceof Recipient.Department d) {
            f.put("department", d.department());
            f.put("subject", d.subject());
            if (d.email() != null) {
                f.put("email", d.email());
            }
            if (d.webhook() != null) {
                f.put("webhook", d.webhook().toString());
            }
        }
        f.put("at", m.at().toString());
        f.put("replies", JSON.writeValueAsString(m.replies().stream()
                .map(r -> new StoredReply(r.text(), r.quickReplies())).toList()));
        if (!m.documents().isEmpty()) {
            f.put("documents", JSON.writeValueAsString(m.documents()));
        }
        return f;
    }

    private static OutboundMessage message(Map<String, String> f) {
        List<Reply> replies = JSON.readValue(f.get("replies"), REPLIES).stream()
                .map(r -> new Reply(r.text(), r.quickReplies())).toList();
        Recipient recipient = f.containsKey("department")
                ? new Recipient.Department(f.get("department"), f.get("email"),
                        f.containsKey("webhook") ? URI.create(f.get("webhook")) : null, f.get("subject"))
                : new Recipient.Customer(new ConversationId(f.get("conversation")), Channel.fromId(f.get("channel")),
                        f.get("customer"), Lang.fromTag(f.get("lang")));
        List<OutboundMessage.Document> documents = f.containsKey("documents")
                ? JSON.readValue(f.get("documents"), DOCUMENTS) : List.of();
        return new OutboundMessage(f.get("id"), f.get("purpose"), recipient, replies, Instant.parse(f.get("at")),
                documents);
    }
}
