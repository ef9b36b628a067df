package io.anxin.app.engine;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A round of work run every few seconds on each instance, one round at a time; a failed round is logged and the next one retries. */
public final class Polling {

    private static final Logger log = LoggerFactory.getLogger(Polling.class);

    private Polling() {}

    public static Disposable every(Duration every, String what, Supplier<Mono<?>> round) {
        return Flux.interval(every, every)
                .onBackpressureDrop()
                .concatMap(tick -> round.get().onErrorResume(e -> {
                    log.warn("{} round failed; the next round retries: {}", what, e.toString());
                    return Mono.empty();
                }))
                .subscribe();
    }
}
