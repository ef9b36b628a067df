package io.anxin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.testing.InMemoryTimerStore;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.triage.Intent;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class FireDueTimersTest {

    private static final Instant T0 = Instant.parse("2026-11-16T02:00:00Z");
    private static final FireDueTimers.Settings SETTINGS = new FireDueTimers.Settings(Duration.ofSeconds(30), 10, Duration.ofMinutes(1));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryTimerStore store = new InMemoryTimerStore();
    private final RecordingHandler handler = new RecordingHandler();
    private final FireDueTimers fire = new FireDueTimers(store, handler, clock, SETTINGS);

    private static Timer timer(long serial, Timer.Kind kind, Instant at) {
        TicketNumber number = new TicketNumber(Intent.COMPLAINT, YearMonth.of(2026, 11), serial);
        return Timer.of(number, Milestone.RESOLVE, kind, at, kind == Timer.Kind.DUE ? at : at.plusSeconds(3600));
    }

    /** Records what it was asked to do; fails while {@code failing} is set; runs {@code during} while handling. */
    private static final class RecordingHandler implements MilestoneHandler {
        final List<String> calls = new ArrayList<>();
        boolean failing;
        Consumer<Timer> during = t -> {};

        @Override
        public Mono<Void> warning(Timer timer) {
            return record("warning", timer);
        }

        @Override
        public Mono<Void> breached(Timer timer) {
            return record("breached", timer);
        }

        private Mono<Void> record(String what, Timer timer) {
            return Mono.fromRunnable(() -> {
                during.accept(timer);
                calls.add(what + " " + timer.id());
                if (failing) {
                    throw new IllegalStateException("escalation log unavailable");
                }
            });
        }
    }

    @Test
    void a_timer_is_not_handled_before_its_fire_time_and_is_completed_once_the_handler_succeeded() {
        Timer due = timer(1, Timer.Kind.DUE, T0.plusSeconds(60));
        store.schedule(due).block();

        assertThat(fire.runOnce().block().claimed()).isZero();
        clock.advance(Duration.ofSeconds(60));
        FireDueTimers.Round round = fire.runOnce().block();

        assertThat(round.fired()).isEqualTo(1);
        assertThat(handler.calls).containsExactly("breached " + due.id());
        assertThat(store.unfinished()).isEmpty();
        assertThat(fire.runOnce().block().claimed()).isZero();
    }

    @Test
    void a_warning_timer_goes_to_the_warning_and_a_due_timer_to_the_breach() {
        store.schedule(timer(1, Timer.Kind.WARN, T0)).block();
        store.schedule(timer(2, Timer.Kind.DUE, T0)).block();

        fire.runOnce().block();

        assertThat(handler.calls).containsExactlyInAnyOrder("warning C-202611-0001:resolve:warn",
                "breached C-202611-0002:resolve:due");
    }

    @Test
    void a_timer_whose_handler_failed_is_not_completed_and_fires_again_after_the_retry_delay() {
        Timer due = timer(1, Timer.Kind.DUE, T0);
        store.schedule(due).block();
        handler.failing = true;

        FireDueTimers.Round failed = fire.runOnce().block();
        handler.failing = false;
        FireDueTimers.Round tooEarly = fire.runOnce().block();
        clock.advance(SETTINGS.retryDelay());
        FireDueTimers.Round retried = fire.runOnce().block();

        assertThat(failed.failed()).isEqualTo(1);
        assertThat(tooEarly.claimed()).isZero();
        assertThat(retried.fired()).isEqualTo(1);
        assertThat(handler.calls).containsExactly("breached " + due.id(), "breached " + due.id());
        assertThat(store.unfinished()).isEmpty();
    }

    @Test
    void a_claimed_timer_whose_lease_ran_out_before_its_turn_is_left_for_re_delivery_instead_of_being_handled_late() {
        store.schedule(timer(1, Timer.Kind.DUE, T0)).block();
        store.schedule(timer(2, Timer.Kind.DUE, T0.plusMillis(1))).block();
        clock.advance(Duration.ofSeconds(1));
        // the first handler call stalls past the lease of the whole batch
        handler.during = t -> clock.advance(SETTINGS.lease());

        FireDueTimers.Round stalled = fire.runOnce().block();
        handler.during = t -> {};
        FireDueTimers.Round next = fire.runOnce().block();

        assertThat(stalled.claimed()).isEqualTo(2);
        // the first was handled and, nobody having taken it meanwhile, completed; the second was not handled
        assertThat(stalled.fired()).isEqualTo(1);
        assertThat(stalled.lost()).isEqualTo(1);
        assertThat(next.redelivered()).isEqualTo(1);
        assertThat(next.fired()).isEqualTo(1);
        assertThat(handler.calls).containsExactly("breached C-202611-0001:resolve:due", "breached C-202611-0002:resolve:due");
        assertThat(store.unfinished()).isEmpty();
    }

    @Test
    void draining_handles_everything_due_however_many_batches_it_takes() {
        for (int i = 1; i <= 35; i++) {
            store.schedule(timer(i, Timer.Kind.DUE, T0)).block();
        }

        FireDueTimers.Round total = fire.drain().block();

        assertThat(total.fired()).isEqualTo(35);
        assertThat(handler.calls).hasSize(35).doesNotHaveDuplicates();
    }

    @Test
    void a_cancelled_timer_never_fires() {
        Timer due = timer(1, Timer.Kind.DUE, T0);
        store.schedule(due).block();

        store.cancel(due.id(), T0).block();

        assertThat(fire.runOnce().block().claimed()).isZero();
        assertThat(handler.calls).isEmpty();
    }
}
