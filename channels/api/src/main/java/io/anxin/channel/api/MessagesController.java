package io.anxin.channel.api;

import io.anxin.channel.api.Views.ConversationView;
import io.anxin.channel.api.Views.MessageResponse;
import io.anxin.channel.api.Views.TicketView;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.message.InvalidMessageException;
import io.anxin.core.ratelimit.RateLimiter;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** The open HTTP channel's three calls. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class MessagesController {

    private final ConversationEngine engine;
    private final ConversationStore conversations;
    private final TicketStore tickets;
    private final RateLimiter limiter;
    private final Clock clock;

    MessagesController(ConversationEngine engine, ConversationStore conversations, TicketStore tickets,
            RateLimiter limiter, Clock clock) {
        this.engine = engine;
        this.conversations = conversations;
        this.tickets = tickets;
        this.limiter = limiter;
        this.clock = clock;
    }

    @PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<MessageResponse> receive(@RequestBody MessageRequest request, ServerHttpRequest http) {
        return Mono.fromCallable(() -> request.toInbound(clock.instant()))
                .flatMap(inbound -> limiter.admit(inbound.channel(), inbound.customerId(), address(http))
                        .then(Mono.just(inbound)))
                .flatMap(engine::handle)
                .map(MessageResponse::of);
    }

    private static @Nullable String address(ServerHttpRequest http) {
        InetSocketAddress remote = http.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }

    @GetMapping("/conversations/{id}")
    Mono<ConversationView> conversation(@PathVariable String id) {
        if (!ConversationId.isWellFormed(id)) {
            return Mono.error(new NotFoundException("conversation", id));
        }
        ConversationId conversationId = new ConversationId(id);
        return conversations.find(conversationId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("conversation", id)))
                .zipWith(conversations.transcript(conversationId).collectList(), ConversationView::of);
    }

    /**
     * A ticket for the customer who opened it. Ticket numbers follow each other and are easily guessed, so the
     * conversation id given with every answer (random, 96 bits) is asked for as proof: a ticket of another
     * conversation is as unknown as a ticket that does not exist.
     */
    @GetMapping("/tickets/{number}")
    Mono<TicketView> ticket(@PathVariable String number, @RequestParam(required = false) String conversation) {
        if (conversation == null || conversation.isBlank()) {
            return Mono.error(new InvalidMessageException("conversation",
                    "conversation is required: the conversationId given with the answer that registered the ticket"));
        }
        return Mono.fromCallable(() -> TicketNumber.parse(number))
                .onErrorMap(IllegalArgumentException.class, e -> new NotFoundException("ticket", number))
                .flatMap(tickets::find)
                .filter(ticket -> ticket.conversationId().value().equals(conversation.strip()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("ticket", number)))
                .map(TicketView::of);
    }
}
