package io.anxin.core.fanout;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: tells every running instance, this one included, something only the instance holding a live connection can
 * act on. Fire and forget: an instance that is down or reconnecting misses it, so it is only ever a shortcut to what
 * is stored anyway (the transcript the widget reloads on reconnect), never the only copy.
 */
public interface Fanout {

    /**
     * Publishes {@code payload} on {@code topic}; emits how many listeners the Redis node that took it has (on a
     * cluster, that node's alone: every node passes the message on, so it counts no more than a hint).
     */
    Mono<Long> publish(String topic, String payload);

    /** What is published on {@code topic} from now on, from any instance; never completes while the instance runs. */
    Flux<String> listen(String topic);
}
