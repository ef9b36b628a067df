package io.anxin.channel.phone;

import io.anxin.core.message.Lang;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Port: the record of each call, shared by all instances (Twilio may send a call's next webhook to any of them). */
interface CallLog {

    /** Records the call on its first webhook; a repeated first webhook changes nothing. */
    Mono<Call> begin(String sid, String caller, Lang lang, Instant at);

    Mono<Call> find(String sid);

    /** The caller chose another language. */
    Mono<Void> speaks(String sid, Lang lang);

    /** What the caller said on a turn, kept until the engine's answer is fetched (possibly by another instance). */
    Mono<Void> said(String sid, int turn, String text);

    Mono<String> saidOn(String sid, int turn);

    /** The first ticket the call's conversation opened, for the SMS after the call; later ones do not replace it. */
    Mono<Void> ticket(String sid, String ticket, Instant dueBy);

    /**
     * The number drawn for a ticket the channel itself registers for the call (a voice message, a missed call): the
     * first one drawn wins, so a retried webhook registers the same ticket.
     */
    Mono<String> ownTicket(String sid, String drawn);

    /** The number an earlier attempt drew for the call's own ticket, or empty. */
    Mono<String> ownTicketOf(String sid);

    /** Records a status of the call once. @return whether it was new */
    Mono<Boolean> status(String sid, String status, Instant at);

    /** Which statuses the call has had. */
    Flux<String> statuses(String sid);

    /** The call waits in its Twilio queue for an agent (or no longer does). */
    Mono<Void> queued(String sid, boolean waiting);

    /** The calls waiting in their queues. */
    Flux<String> queuedCalls();

    /** We texted this number in the conversation of {@code customerId} (a call's): a reply may belong there. */
    Mono<Void> texted(String number, String customerId);

    /** The customer id of the conversation we last texted the number in, for 30 days. */
    Mono<String> textedFrom(String number);
}
