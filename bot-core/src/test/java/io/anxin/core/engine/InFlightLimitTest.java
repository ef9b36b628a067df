package io.anxin.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class InFlightLimitTest {

    @Test
    void a_message_beyond_the_most_at_once_is_refused_with_the_time_to_retry_and_taken_again_once_one_ends() {
        InFlightLimit limit = new InFlightLimit(2, Duration.ofSeconds(2));
        Sinks.One<String> first = Sinks.one();
        Sinks.One<String> second = Sinks.one();
        limit.admit(first.asMono()).subscribe();
        limit.admit(second.asMono()).subscribe(done -> {}, failed -> {});
        assertThat(limit.inFlight()).isEqualTo(2);

        assertThatThrownBy(() -> limit.admit(Mono.just("third")).block())
                .isInstanceOf(InstanceBusyException.class).isInstanceOf(ConversationBusyException.class)
                .hasMessageContaining("2 messages").hasMessageContaining("retry in 2 s")
                .satisfies(e -> assertThat(((InstanceBusyException) e).retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        assertThat(limit.inFlight()).as("a refused message takes no place").isEqualTo(2);

        first.tryEmitValue("done");
        assertThat(limit.admit(Mono.just("third")).block()).isEqualTo("third");
        second.tryEmitError(new IllegalStateException("Redis away"));
        assertThat(limit.inFlight()).as("a failed or finished message leaves its place").isZero();
    }

    @Test
    void a_message_given_up_by_its_sender_leaves_its_place() {
        InFlightLimit limit = new InFlightLimit(1, Duration.ofSeconds(1));
        limit.admit(Mono.never()).subscribe().dispose();
        assertThat(limit.inFlight()).isZero();
    }

    @Test
    void no_limit_takes_every_message_and_a_negative_one_is_refused_at_start() {
        Sinks.One<String> held = Sinks.one();
        for (int i = 0; i < 1000; i++) {
            InFlightLimit.NONE.admit(held.asMono()).subscribe();
        }
        assertThat(InFlightLimit.NONE.admit(Mono.just("taken")).block()).isEqualTo("taken");
        assertThatThrownBy(() -> new InFlightLimit(-1, Duration.ofSeconds(1)))
                .hasMessageContaining("0 (no limit) or more, was -1");
    }
}
