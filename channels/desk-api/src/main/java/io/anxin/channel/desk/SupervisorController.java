package io.anxin.channel.desk;

import io.anxin.core.desk.SupervisorDesk;
import io.anxin.core.followup.CallbackTask;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.ticket.TicketNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The supervisor's lists: call-backs to make and messages that could not be delivered. */
@RestController
@RequestMapping(path = "/api/v1/desk", produces = MediaType.APPLICATION_JSON_VALUE)
class SupervisorController {

    private static final int MAX = 500;

    private final SupervisorDesk desk;
    private final Clock clock;

    SupervisorController(SupervisorDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    record CallbackView(String ticket, String conversation, String reason, Instant createdAt, Instant dueBy, boolean overdue) {
        static CallbackView of(CallbackTask t, Instant now) {
            return new CallbackView(t.ticket().toString(), t.conversation().value(), t.reason(), t.createdAt(), t.dueBy(),
                    t.dueBy().isBefore(now));
        }
    }

    record DeadLetterView(String id, String purpose, String route, String reason, long attempts, Instant parkedAt,
            List<String> text) {
        static DeadLetterView of(Outbox.DeadLetter d) {
            return new DeadLetterView(d.message().id(), d.message().purpose(), d.message().recipient().route(), d.reason(),
                    d.attempts(), d.parkedAt(), d.message().replies().stream().map(Reply::text).toList());
        }
    }

    record CalledBackRequest(String outcome) {}

    @GetMapping("/callbacks")
    Mono<List<CallbackView>> callbacks(@RequestParam(defaultValue = "100") int size, ServerWebExchange exchange) {
        Instant now = clock.instant();
        return Staffs.of(exchange).flatMapMany(who -> desk.callbacks(who, bounded(size)))
                .map(t -> CallbackView.of(t, now)).collectList();
    }

    @PostMapping(path = "/callbacks/{ticket}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Void> calledBack(@PathVariable String ticket, @RequestBody CalledBackRequest body, ServerWebExchange exchange) {
        TicketNumber number = Staffs.ticketNumber(ticket);
        String outcome = body.outcome() == null ? "" : body.outcome();
        return Staffs.of(exchange).flatMap(who -> desk.calledBack(who, number, outcome))
                .flatMap(done -> done ? Mono.<Void>empty() : Mono.error(new NotFoundException(ticket)));
    }

    @GetMapping("/dead-letters")
    Mono<List<DeadLetterView>> deadLetters(@RequestParam(defaultValue = "100") int size, ServerWebExchange exchange) {
        return Staffs.of(exchange).flatMapMany(who -> desk.deadLetters(who, bounded(size))).map(DeadLetterView::of)
                .collectList();
    }

    private static int bounded(int size) {
        if (size < 1 || size > MAX) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX + ", was " + size);
        }
        return size;
    }
}
