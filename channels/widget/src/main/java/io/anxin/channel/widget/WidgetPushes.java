package io.anxin.channel.widget;

import io.anxin.channel.widget.Frames.Push;
import io.anxin.core.fanout.Fanout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens for the pushes any instance's {@link WidgetCourier} publishes and hands each to the sockets its customer
 * has open on this instance, if any.
 */
final class WidgetPushes implements AutoCloseable {

    static final String TOPIC = "anxin:widget:push";

    private static final Logger log = LoggerFactory.getLogger(WidgetPushes.class);

    /** A push and the customer it is for, as published. */
    record Addressed(String customerId, Push push) {}

    private final Disposable listening;

    WidgetPushes(Fanout fanout, WidgetSessions sessions, JsonMapper json) {
        this.listening = fanout.listen(TOPIC)
                .doOnNext(payload -> {
                    try {
                        Addressed addressed = json.readValue(payload, Addressed.class);
                        sessions.push(addressed.customerId(), addressed.push());
                    } catch (RuntimeException e) {
                        // one unreadable publication must not end the listening for everyone else's pushes
                        log.warn("a widget push could not be read and was skipped: {}", e.toString());
                    }
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, java.time.Duration.ofSeconds(1))
                        .maxBackoff(java.time.Duration.ofSeconds(30))
                        .doBeforeRetry(s -> log.warn("listening for widget pushes failed, listening again: {}",
                                s.failure().toString())))
                .subscribe();
    }

    @Override
    public void close() {
        listening.dispose();
    }
}
