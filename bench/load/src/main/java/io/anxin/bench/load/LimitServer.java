package io.anxin.bench.load;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * "The limit": a bare WebFlux endpoint taking the same JSON as {@code POST /api/v1/messages} and doing only what
 * Anxin must do in Redis for one message, with the same keys and the same commit script, and nothing else (no
 * triage, no dialog, no policy, no timers, no indexes, no logging):
 * <ol>
 * <li>the customer's conversation id: GET, and for a new customer SET NX;</li>
 * <li>the claim, one script as Anxin's: HMGET of the message's inbound record (a retry is answered from it), else the
 * conversation's lease, SET NX PX;</li>
 * <li>for a new complaint (message ids starting with {@code c}): INCR of the month's serial and one script writing
 * the ticket hash and its first audit event, then ZADD to the creation index;</li>
 * <li>the turn commit: one script writing the conversation hash, two transcript entries (XADD) and the answer in
 * the inbound record with its expiry, and giving the lease up.</li>
 * </ol>
 * Run: {@code java -cp anxin-load.jar io.anxin.bench.load.LimitServer PORT REDIS_URL}.
 */
public final class LimitServer {

    private static final String COMMIT = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            redis.call('DEL', KEYS[2])
            redis.call('HSET', KEYS[2], 'channel', 'api', 'customer', ARGV[4], 'lang', 'zh-Hans', 'state', 'listening',
                'turns', ARGV[5], 'openedAt', ARGV[6], 'lastActiveAt', ARGV[6])
            redis.call('XADD', KEYS[3], '*', 'speaker', 'customer', 'text', ARGV[7], 'at', ARGV[6], 'messageId', ARGV[8],
                'intent', 'complaint', 'confidence', '0.98', 'anger', '2', 'flags', '', 'lang', 'zh-Hans', 'act', 'statement')
            redis.call('XADD', KEYS[3], '*', 'speaker', 'bot', 'text', ARGV[9], 'at', ARGV[6])
            redis.call('HSET', KEYS[4], 'answer', ARGV[3])
            redis.call('EXPIRE', KEYS[4], ARGV[2])
            redis.call('DEL', KEYS[1])
            return 1
            """;
    private static final String CLAIM = """
            local found = redis.call('HMGET', KEYS[1], 'answer', 'ticket')
            if found[1] then return found[1] end
            if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'leased' end
            return false
            """;
    private static final String REGISTER = """
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'type', 'complaint', 'status', 'ACCEPTED', 'grade', '3', 'content', ARGV[1],
                'conversation', ARGV[2], 'channel', 'api', 'lang', 'zh-Hans', 'createdAt', ARGV[3], 'dueBy', ARGV[3], 'rev', 1)
            redis.call('XADD', KEYS[2], '*', 'event', 'registered', 'status', 'ACCEPTED', 'by', 'anxin-bot', 'at', ARGV[3])
            return 1
            """;
    private static final String REPLY = "非常理解您的心情，给您带来不便实在抱歉。";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedisReactiveCommands<String, String> redis;
    private final String commitSha;
    private final String claimSha;
    private final String registerSha;

    private LimitServer(RedisReactiveCommands<String, String> redis) {
        this.redis = redis;
        this.commitSha = redis.scriptLoad(COMMIT).block();
        this.claimSha = redis.scriptLoad(CLAIM).block();
        this.registerSha = redis.scriptLoad(REGISTER).block();
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        RedisClient client = RedisClient.create(args[1]);
        LimitServer limit = new LimitServer(client.connect().reactive());
        RouterFunction<ServerResponse> routes = RouterFunctions.route()
                .POST("/api/v1/messages", limit::receive)
                .GET("/health", request -> ServerResponse.ok().bodyValue("up"))
                .build();
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(port)
                .handle(new ReactorHttpHandlerAdapter(RouterFunctions.toHttpHandler(routes)))
                .bindNow();
        System.out.println("limit listening on " + server.port());
        server.onDispose().block();
    }

    @SuppressWarnings("unchecked")
    private Mono<ServerResponse> receive(ServerRequest request) {
        return request.bodyToMono(String.class).flatMap(body -> {
            Map<String, Object> message = JSON.readValue(body, Map.class);
            String customer = (String) message.get("customerId");
            String messageId = (String) message.get("messageId");
            String text = (String) message.get("text");
            if (customer == null || messageId == null || text == null || text.isBlank()) {
                return ServerResponse.badRequest().build();
            }
            String customerKey = "anxin:customer:api:" + sha256(customer);
            return redis.get(customerKey)
                    .switchIfEmpty(Mono.defer(() -> redis.set(customerKey, "cv-" + UUID.randomUUID().toString()
                            .replace("-", "").substring(0, 24), SetArgs.Builder.nx()).then(redis.get(customerKey))))
                    .flatMap(conversation -> handle(conversation, messageId, text));
        });
    }

    private Mono<ServerResponse> handle(String conversation, String messageId, String text) {
        String tag = "anxin:{" + conversation + "}";
        String inbound = tag + ":inbound:api:" + messageId;
        String token = UUID.randomUUID().toString();
        return redis.<String>evalsha(claimSha, ScriptOutputType.VALUE, new String[] {inbound, tag + ":lease"}, token, "15000")
                .next()
                .filter(found -> !"leased".equals(found))
                .switchIfEmpty(Mono.defer(() -> {
                    String now = Instant.now().toString();
                    String answer = "{\"conversationId\":\"" + conversation + "\",\"replies\":[{\"text\":\"" + REPLY + "\"}]}";
                    Mono<Void> ticket = messageId.startsWith("c") ? redis.incr("anxin:serial:C-202611")
                            .flatMap(serial -> {
                                String number = "C-202611-" + serial;
                                return redis.<Long>evalsha(registerSha, ScriptOutputType.INTEGER,
                                                new String[] {"anxin:{" + number + "}:ticket", "anxin:{" + number + "}:events"},
                                                text, conversation, now).next()
                                        .then(redis.zadd("anxin:tickets:created", System.currentTimeMillis(), number));
                            }).then() : Mono.empty();
                    return ticket
                            .then(redis.<Long>evalsha(commitSha, ScriptOutputType.INTEGER,
                                    new String[] {tag + ":lease", tag + ":conversation", tag + ":transcript", inbound},
                                    token, "2592000", answer, "h", "1", now, text, messageId, REPLY).next())
                            .thenReturn(answer);
                }))
                .flatMap(answer -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer));
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
