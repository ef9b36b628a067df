package io.anxin.channel.widget;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.conversation.Speaker;
import io.anxin.core.engine.TicketReceipt;
import io.anxin.core.message.Channel;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tickets a widget customer has, newest first: every ticket the bot told them the number of, in the chat or
 * on the feedback form, as it is now. The bot's own lines are read, never the customer's, and a ticket is shown
 * only if it belongs to that conversation, so a number typed by someone cannot show them another's ticket.
 */
final class CustomerTickets {

    private static final Pattern NUMBER = Pattern.compile("\\b[CSQ]-\\d{6}-\\d{4,9}\\b");

    private final ConversationStore conversations;
    private final TicketStore tickets;

    CustomerTickets(ConversationStore conversations, TicketStore tickets) {
        this.conversations = conversations;
        this.tickets = tickets;
    }

    Mono<List<TicketReceipt>> of(Identity identity) {
        return Flux.just(identity.customerId(), identity.feedbackCustomerId())
                .concatMap(customer -> conversations.idFor(Channel.WIDGET, customer))
                .concatMap(this::ticketsOf)
                .distinct(Ticket::number)
                .sort(Comparator.comparing(Ticket::createdAt).reversed())
                .map(TicketReceipt::of)
                .collectList();
    }

    private Flux<Ticket> ticketsOf(ConversationId id) {
        return conversations.transcript(id)
                .filter(line -> line.speaker() != Speaker.CUSTOMER)
                .flatMapIterable(line -> numbersIn(line.text()))
                .distinct()
                .concatMap(tickets::find)
                .filter(ticket -> ticket.conversationId().equals(id));
    }

    private static List<TicketNumber> numbersIn(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.results().flatMap(r -> {
            try {
                return Stream.of(TicketNumber.parse(r.group()));
            } catch (IllegalArgumentException e) {
                return Stream.empty(); // a month 13 is not a number the bot gave
            }
        }).toList();
    }
}
