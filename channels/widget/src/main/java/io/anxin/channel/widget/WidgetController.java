package io.anxin.channel.widget;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.anxin.channel.widget.Frames.ReplyView;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.TicketReceipt;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.ratelimit.RateLimiter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The widget's two HTTP calls. Who is asking travels in headers ({@code X-Anxin-Visitor}, or {@code X-Anxin-User},
 * {@code X-Anxin-Timestamp} and {@code X-Anxin-Signature}), checked as on the socket; no cookie is involved.
 */
@RestController
@RequestMapping(path = "/widget/api", produces = MediaType.APPLICATION_JSON_VALUE)
class WidgetController {

    static final String VISITOR = "X-Anxin-Visitor";
    static final String USER = "X-Anxin-User";
    static final String TIMESTAMP = "X-Anxin-Timestamp";
    static final String SIGNATURE = "X-Anxin-Signature";

    private final ConversationEngine engine;
    private final CustomerTickets tickets;
    private final IdentityVerifier verifier;
    private final RateLimiter limiter;
    private final Clock clock;

    WidgetController(ConversationEngine engine, CustomerTickets tickets, IdentityVerifier verifier, RateLimiter limiter,
            Clock clock) {
        this.engine = engine;
        this.tickets = tickets;
        this.verifier = verifier;
        this.limiter = limiter;
        this.clock = clock;
    }

    record TicketList(List<TicketReceipt> tickets) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FeedbackAnswer(List<ReplyView> replies, @Nullable TicketReceipt ticket) {}

    @GetMapping("/tickets")
    Mono<TicketList> tickets(@RequestHeader(name = VISITOR, required = false) @Nullable String visitor,
            @RequestHeader(name = USER, required = false) @Nullable String user,
            @RequestHeader(name = TIMESTAMP, required = false) @Nullable String timestamp,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature) {
        return Mono.fromCallable(() -> verifier.verify(new IdentityClaim(visitor, user, timestamp, signature)))
                .flatMap(tickets::of)
                .map(TicketList::new);
    }

    @PostMapping(path = "/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<FeedbackAnswer> feedback(@RequestHeader(name = VISITOR, required = false) @Nullable String visitor,
            @RequestHeader(name = USER, required = false) @Nullable String user,
            @RequestHeader(name = TIMESTAMP, required = false) @Nullable String timestamp,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature,
            @RequestBody FeedbackRequest form, ServerHttpRequest http) {
        return Mono.fromCallable(() -> {
                    // who first: a refused identity is told so even when the form is also wrong, and nothing is filed
                    Identity who = verifier.verify(new IdentityClaim(visitor, user, timestamp, signature));
                    return new InboundMessage(Channel.WIDGET, form.messageId(), who.feedbackCustomerId(), form.words(),
                            null, clock.instant());
                })
                .flatMap(inbound -> limiter.admit(Channel.WIDGET, inbound.customerId(), address(http)).then(Mono.just(inbound)))
                .flatMap(engine::handle)
                .map(answer -> new FeedbackAnswer(answer.replies().stream().map(ReplyView::of).toList(), answer.ticket()));
    }

    private static @Nullable String address(ServerHttpRequest http) {
        InetSocketAddress remote = http.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }
}
