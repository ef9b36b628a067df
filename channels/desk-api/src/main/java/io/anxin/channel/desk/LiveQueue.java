package io.anxin.channel.desk;

import io.anxin.core.takeover.Waiting;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The queue as it changes, for a desk page. The queue lives in Redis and any instance may add to it, so the server
 * looks at it every {@code every} for each open page (one small sorted-set read) and pushes a new snapshot whenever
 * it differs from the last one sent; the pages are told at once, with no polling of their own. Each page has its
 * own reader, so a page that stops reading never holds up another.
 */
final class LiveQueue implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveQueue.class);
    static final int MAX = 200;

    private final Duration every;
    private volatile Sinks.One<Boolean> stopping = Sinks.one();
    private volatile boolean running = true;

    LiveQueue(Duration every) {
        this.every = every;
    }

    /**
     * Signals when the instance stops. The pages' event streams end with it: they never end by themselves, so the
     * web server's graceful shutdown would wait its whole timeout for them. The browser reconnects its event
     * source, to another instance or to this one restarted.
     */
    Mono<Boolean> stopping() {
        return stopping.asMono();
    }

    @Override
    public void start() {
        if (!running) {
            stopping = Sinks.one();
            running = true;
        }
    }

    @Override
    public void stop() {
        running = false;
        stopping.tryEmitValue(true);
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

    /**
     * The current queue at once, then every change.
     *
     * @param read reads the queue as the page's user may see it (a whistle-blower's conversation for compliance alone)
     */
    Flux<List<ConversationsController.WaitingView>> snapshots(Supplier<Flux<Waiting>> read) {
        return Flux.interval(Duration.ZERO, every)
                .onBackpressureDrop()
                .concatMap(tick -> read.get().map(ConversationsController.WaitingView::of).collectList()
                        .onErrorResume(e -> {
                            // Redis away for a moment: keep the last snapshot on the pages, try again next tick
                            log.warn("could not read the desk queue: {}", e.toString());
                            return Mono.empty();
                        }), 1)
                .distinctUntilChanged();
    }
}
