package io.anxin.channel.widget;

import io.anxin.channel.widget.Frames.Answer;
import io.anxin.channel.widget.Frames.ClientFrame;
import io.anxin.channel.widget.Frames.Error;
import io.anxin.channel.widget.Frames.Pong;
import io.anxin.channel.widget.Frames.ServerFrame;
import io.anxin.channel.widget.Frames.Typing;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.engine.ConversationBusyException;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.InvalidMessageException;
import io.anxin.core.privacy.PersonalData;
import io.anxin.core.ratelimit.RateLimitedException;
import io.anxin.core.ratelimit.RateLimiter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget's WebSocket ({@code /widget/ws}). The first frame says who is writing; a refused identity gets an
 * error frame and the socket is closed with 1008 before anything is stored. Then each {@code message} frame is
 * handed to the engine under its client id, so a message re-sent after a dropped connection is recognised by the
 * engine and answered once; the answer frame is the acknowledgement.
 */
final class WidgetSocketHandler implements WebSocketHandler, CorsConfigurationSource, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WidgetSocketHandler.class);
    /** Frames are short JSON objects; a message is at most 4,000 characters. */
    private static final int MAX_FRAME_CHARS = 20_000;

    private final ConversationEngine engine;
    private final ConversationStore conversations;
    private final WidgetHistory history;
    private final IdentityVerifier verifier;
    private final WidgetSessions sessions;
    private final RateLimiter limiter;
    private final JsonMapper json;
    private final Clock clock;
    private final CorsConfiguration origins;
    /** Every socket open on this instance, said hello or not, to close when the instance stops. */
    private final Set<WebSocketSession> open = ConcurrentHashMap.newKeySet();
    /** From the start: the web server starts before this bean's phase and may hand it a socket already. */
    private volatile boolean running = true;

    WidgetSocketHandler(ConversationEngine engine, ConversationStore conversations, WidgetHistory history,
            IdentityVerifier verifier, WidgetSessions sessions, RateLimiter limiter, JsonMapper json, Clock clock,
            CorsConfiguration origins) {
        this.engine = engine;
        this.conversations = conversations;
        this.history = history;
        this.verifier = verifier;
        this.sessions = sessions;
        this.limiter = limiter;
        this.json = json;
        this.clock = clock;
        this.origins = origins;
    }

    /** Only the pages allowed to embed the widget may open its socket (browsers send their Origin). */
    @Override
    public CorsConfiguration getCorsConfiguration(ServerWebExchange exchange) {
        return origins;
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        if (!running) {
            return session.close(CloseStatus.GOING_AWAY);
        }
        open.add(session);
        Sinks.Many<ServerFrame> out = Sinks.many().unicast().onBackpressureBuffer();
        // the engine's callbacks and the outbox courier emit from their own threads
        Consumer<ServerFrame> send = frame -> out.emitNext(frame, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
        AtomicReference<@Nullable Identity> identity = new AtomicReference<>();
        AtomicReference<@Nullable CloseStatus> refused = new AtomicReference<>();
        InetSocketAddress remote = session.getHandshakeInfo().getRemoteAddress();
        @Nullable String address = remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();

        Mono<Void> input = session.receive()
                .map(WebSocketMessage::getPayloadAsText)
                // frames after a refused hello are dropped, not the subscription cancelled: cancelling the socket's
                // input closed it at once, without the 1008 close frame that tells the widget to stop reconnecting
                .filter(frame -> refused.get() == null)
                .concatMap(text -> onFrame(text, identity, refused, send, address).then(Mono.fromRunnable(() -> {
                    if (refused.get() != null) {
                        out.tryEmitComplete(); // the error frame goes out, then the socket is closed
                    }
                })))
                .then()
                .doFinally(signal -> {
                    Identity who = identity.get();
                    if (who != null) {
                        sessions.remove(who.customerId(), send);
                    }
                    out.tryEmitComplete();
                });
        Mono<Void> output = session.send(out.asFlux().map(frame -> session.textMessage(json.writeValueAsString(frame))))
                .then(Mono.defer(() -> {
                    CloseStatus status = refused.get();
                    return status == null ? Mono.empty() : session.close(status);
                }));
        return Mono.when(input, output).doFinally(signal -> open.remove(session));
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Closes every socket with 1001 (going away) before the web server's graceful shutdown begins: an open socket
     * never ends by itself, so the shutdown would wait its whole timeout for them and then cut them. Widgets
     * reconnect at once, to another instance or to this one restarted, and send again what was not answered.
     */
    @Override
    public void stop() {
        running = false;
        Flux.fromIterable(List.copyOf(open)).flatMap(session -> session.close(CloseStatus.GOING_AWAY)
                        .onErrorComplete())
                .then().block(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the graceful shutdown of the web server (its phase is {@code DEFAULT_PHASE - 1024}). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 512;
    }

    private Mono<Void> onFrame(String text, AtomicReference<@Nullable Identity> identity,
            AtomicReference<@Nullable CloseStatus> refused, Consumer<ServerFrame> send, @Nullable String address) {
        ClientFrame frame;
        try {
            if (text.length() > MAX_FRAME_CHARS) {
                throw new IllegalArgumentException("a frame is at most " + MAX_FRAME_CHARS + " characters");
            }
            frame = json.readValue(text, ClientFrame.class);
        } catch (JacksonException | IllegalArgumentException e) {
            send.accept(new Error("malformed-frame", "each frame is one JSON object with a type: hello, message or ping",
                    null, null));
            return Mono.empty();
        }
        Identity who = identity.get();
        String type = frame.type() == null ? "" : frame.type();
        if (who == null) {
            if (!type.equals("hello")) {
                send.accept(new Error("hello-required", "the first frame must be hello, saying who is writing", frame.id(), null));
                return Mono.empty();
            }
            return hello(frame, identity, refused, send);
        }
        return switch (type) {
            case "message" -> message(who, frame, send, address);
            case "ping" -> Mono.fromRunnable(() -> send.accept(new Pong()));
            case "hello" -> Mono.fromRunnable(() -> send.accept(new Error("already-identified",
                    "hello is sent once per connection", null, null)));
            default -> Mono.fromRunnable(() -> send.accept(new Error("unknown-frame",
                    "unknown frame type '" + type + "'; expected hello, message or ping", frame.id(), null)));
        };
    }

    private Mono<Void> hello(ClientFrame frame, AtomicReference<@Nullable Identity> identity,
            AtomicReference<@Nullable CloseStatus> refused, Consumer<ServerFrame> send) {
        Identity who;
        try {
            who = verifier.verify(frame.claim());
        } catch (IdentityRefusedException e) {
            log.warn("widget identity refused ({}): {}", e.code(), e.getMessage());
            send.accept(new Error(e.code(), e.getMessage(), null, null));
            refused.set(CloseStatus.POLICY_VIOLATION.withReason(e.code()));
            return Mono.empty();
        }
        identity.set(who);
        return conversations.idFor(Channel.WIDGET, who.customerId())
                .flatMap(history::welcome)
                .doOnNext(welcome -> {
                    // registered before the welcome goes out: a survey delivered meanwhile is pushed, or in the history
                    sessions.add(who.customerId(), send);
                    send.accept(welcome);
                })
                .onErrorResume(e -> {
                    log.error("widget history unavailable: {}", PersonalData.mask(String.valueOf(e.getMessage())));
                    send.accept(new Error("unavailable", "the conversation could not be read; reconnect shortly", null, null));
                    refused.set(CloseStatus.SERVER_ERROR);
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Void> message(Identity who, ClientFrame frame, Consumer<ServerFrame> send, @Nullable String address) {
        InboundMessage inbound;
        try {
            if (frame.id() == null) {
                throw new InvalidMessageException("id", "id is required: the widget's own id of the message");
            }
            if (frame.text() == null) {
                throw new InvalidMessageException("text", "text is required");
            }
            inbound = new InboundMessage(Channel.WIDGET, frame.id(), who.customerId(), frame.text(), null, clock.instant());
        } catch (InvalidMessageException e) {
            String field = e.field().equals("messageId") ? "id" : e.field();
            send.accept(new Error("invalid-message", e.getMessage().replace("messageId", "id"), frame.id(), field));
            return Mono.empty();
        }
        String id = inbound.messageId();
        send.accept(new Typing(id));
        // The turn runs to its end even if the socket closes meanwhile (suppressed cancellation): its answer is then
        // in the transcript, and the widget's re-send of the same id gets the same answer.
        return Mono.fromFuture(() -> limiter.admit(Channel.WIDGET, who.customerId(), address)
                        .then(Mono.defer(() -> engine.handle(inbound))).toFuture(), true)
                .doOnNext(answer -> send.accept(new Answer(id, answer.replies(), answer.ticket())))
                .onErrorResume(e -> {
                    send.accept(failure(id, e));
                    return Mono.empty();
                })
                .then();
    }

    private static Error failure(String id, Throwable e) {
        Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
        if (cause instanceof RateLimitedException limited) {
            return new Error("rate-limited", limited.getMessage() + "; the message was not accepted, send it again then",
                    id, null);
        }
        if (cause instanceof ConversationBusyException) {
            return new Error("unavailable", "the conversation is busy; the message was not accepted, send it again", id, null);
        }
        log.error("widget message not handled: {}", PersonalData.mask(String.valueOf(cause.getMessage())));
        return new Error("unavailable", "the message could not be handled; it was not accepted, send it again", id, null);
    }
}
