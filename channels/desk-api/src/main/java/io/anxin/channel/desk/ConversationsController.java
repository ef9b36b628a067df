package io.anxin.channel.desk;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.desk.DeskConversations;
import io.anxin.core.desk.UnknownConversationException;
import io.anxin.core.takeover.Takeover;
import io.anxin.core.takeover.Waiting;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The desk's calls on conversations waiting for a person: queue, take over, transcript, reply, hand on. */
@RestController
@RequestMapping(path = "/api/v1/desk", produces = MediaType.APPLICATION_JSON_VALUE)
class ConversationsController {

    /** A comment line this often keeps proxies from closing a quiet event stream. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final DeskConversations desk;
    private final LiveQueue live;

    ConversationsController(DeskConversations desk, LiveQueue live) {
        this.desk = desk;
        this.live = live;
    }

    record WaitingView(String conversation, int grade, Instant since, String reason) {
        static WaitingView of(Waiting w) {
            return new WaitingView(w.conversation().value(), w.grade(), w.since(), w.reason());
        }
    }

    record TakeoverView(String conversation, String owner) {}

    record TriageView(String intent, double confidence, @Nullable String category, List<String> flags, int anger) {
        static @Nullable TriageView of(@Nullable TriageResult t) {
            return t == null ? null : new TriageView(t.intent().label(), t.confidence(),
                    t.category() == null ? null : t.category().label(),
                    t.flags().stream().map(RiskFlag::label).sorted().toList(), t.anger());
        }
    }

    record LineView(String speaker, String text, Instant at, @Nullable TriageView triage) {
        static LineView of(TranscriptEntry e) {
            return new LineView(e.speaker().name().toLowerCase(), e.text(), e.at(), TriageView.of(e.triage()));
        }
    }

    record ConversationView(String id, String channel, String lang, String state, @Nullable String owner,
            @Nullable String lastTicket, List<LineView> transcript) {}

    record ReplyRequest(@Nullable String text, @Nullable String replyId) {}

    record HandOnRequest(@Nullable String to) {}

    @GetMapping("/queue")
    Mono<List<WaitingView>> queue(@RequestParam(defaultValue = "100") int size, ServerWebExchange exchange) {
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size must be from 1 to 500, was " + size);
        }
        return Staffs.of(exchange).flatMapMany(who -> desk.queue(who, size)).map(WaitingView::of).collectList();
    }

    /**
     * The queue pushed as server-sent events: a {@code queue} event with the whole queue at once, then one each time
     * it changes (a conversation arrives, is taken, or its grade changes).
     */
    @GetMapping(path = "/queue/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> queueEvents(ServerWebExchange exchange) {
        return Staffs.of(exchange).flatMap(who -> desk.queue(who, 1).then().thenReturn(who))
                .flatMapMany(who -> Flux.merge(
                        live.snapshots(() -> desk.queue(who, LiveQueue.MAX)).map(queue -> ServerSentEvent.<Object>builder(queue).event("queue").build()),
                        Flux.interval(KEEP_ALIVE).map(tick -> ServerSentEvent.<Object>builder().comment("keep-alive").build())))
                .takeUntilOther(live.stopping());
    }

    /** 200 with the owner for the agent who took it; 409 naming the agent who was first. */
    @PostMapping("/conversations/{id}/takeover")
    Mono<ResponseEntity<Object>> take(@PathVariable String id, ServerWebExchange exchange) {
        ConversationId conversation = conversationId(id);
        return Staffs.of(exchange).flatMap(who -> desk.take(who, conversation)).map(result -> {
            if (result instanceof Takeover.Taken taken) {
                return ResponseEntity.ok((Object) new TakeoverView(id, taken.agent()));
            }
            if (result instanceof Takeover.TakenBy other) {
                throw new TakenException(id, other.agent());
            }
            throw new UnknownConversationException(conversation, "nobody is waiting on it");
        });
    }

    @GetMapping("/conversations/{id}")
    Mono<ConversationView> view(@PathVariable String id, ServerWebExchange exchange) {
        ConversationId conversation = conversationId(id);
        return Staffs.of(exchange).flatMap(who -> desk.view(who, conversation)).map(t -> new ConversationView(id,
                t.conversation().channel().id(), t.conversation().lang().tag(), t.conversation().state().name().toLowerCase(),
                t.owner(), t.conversation().lastTicket() == null ? null : t.conversation().lastTicket().toString(),
                t.lines().stream().map(LineView::of).toList()));
    }

    @PostMapping(path = "/conversations/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Void>> reply(@PathVariable String id, @RequestBody ReplyRequest body, ServerWebExchange exchange) {
        ConversationId conversation = conversationId(id);
        String text = body.text() == null ? "" : body.text();
        return Staffs.of(exchange).flatMap(who -> desk.reply(who, conversation, text, body.replyId()))
                .then(Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build()));
    }

    /** Hands the conversation to the agent {@code to}, or back to the bot without one. */
    @PostMapping(path = "/conversations/{id}/hand-on", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Void> handOn(@PathVariable String id, @RequestBody HandOnRequest body, ServerWebExchange exchange) {
        ConversationId conversation = conversationId(id);
        return Staffs.of(exchange).flatMap(who -> desk.handOn(who, conversation,
                body.to() == null || body.to().isBlank() ? null : body.to().strip()));
    }

    private static ConversationId conversationId(String id) {
        if (!ConversationId.isWellFormed(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a conversation id such as cv-0123456789abcdef01234567");
        }
        return new ConversationId(id);
    }
}
