package io.anxin.core.testing;

import io.anxin.core.sla.Timer;
import io.anxin.core.sla.TimerClaim;
import io.anxin.core.sla.TimerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A {@link TimerStore} in memory, with the Redis store's rules, for unit tests of what uses timers. */
public final class InMemoryTimerStore implements TimerStore {

    private enum State { PENDING, CLAIMED, FIRED, CANCELLED }

    private static final class Entry {
        Timer timer;
        State state = State.PENDING;
        Instant at;
        String token = "";

        Entry(Timer timer) {
            this.timer = timer;
            this.at = timer.fireAt();
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized Mono<Boolean> schedule(Timer timer) {
        return Mono.just(entries.putIfAbsent(timer.id(), new Entry(timer)) == null);
    }

    @Override
    public synchronized Mono<Boolean> reschedule(Timer timer) {
        Entry known = entries.get(timer.id());
        if (known != null && known.timer.fireAt().equals(timer.fireAt()) && known.timer.dueAt().equals(timer.dueAt())) {
            return Mono.just(false);
        }
        entries.put(timer.id(), new Entry(timer));
        return Mono.just(true);
    }

    @Override
    public synchronized Mono<Boolean> cancel(String timerId, Instant now) {
        Entry known = entries.get(timerId);
        if (known == null) {
            return Mono.just(false); // unlike Redis, no tombstone for never-scheduled ids: not needed by unit tests
        }
        boolean was = known.state == State.PENDING || known.state == State.CLAIMED;
        if (was) {
            known.state = State.CANCELLED;
            known.token = "";
        }
        return Mono.just(was);
    }

    @Override
    public synchronized Mono<Long> redeliverExpired(Instant now) {
        long count = 0;
        for (Entry e : entries.values()) {
            if (e.state == State.CLAIMED && !e.at.isAfter(now)) {
                e.state = State.PENDING;
                e.token = "";
                count++;
            }
        }
        return Mono.just(count);
    }

    @Override
    public synchronized Flux<TimerClaim> claimDue(Instant now, int max, Duration lease) {
        String token = UUID.randomUUID().toString();
        List<TimerClaim> claims = new ArrayList<>();
        entries.values().stream()
                .filter(e -> e.state == State.PENDING && !e.at.isAfter(now))
                .sorted(Comparator.comparing((Entry e) -> e.at))
                .limit(max)
                .forEach(e -> {
                    e.state = State.CLAIMED;
                    e.token = token;
                    e.at = now.plus(lease);
                    claims.add(new TimerClaim(e.timer, token, e.at));
                });
        return Flux.fromIterable(claims);
    }

    @Override
    public synchronized Mono<Boolean> complete(TimerClaim claim, Instant now) {
        Entry e = held(claim);
        if (e == null) {
            return Mono.just(false);
        }
        e.state = State.FIRED;
        e.token = "";
        return Mono.just(true);
    }

    @Override
    public synchronized Mono<Boolean> release(TimerClaim claim, Instant retryAt) {
        Entry e = held(claim);
        if (e == null) {
            return Mono.just(false);
        }
        e.state = State.PENDING;
        e.token = "";
        e.at = retryAt;
        return Mono.just(true);
    }

    /** Ids of the timers not finished yet (pending or claimed). */
    public synchronized List<String> unfinished() {
        return entries.entrySet().stream()
                .filter(e -> e.getValue().state == State.PENDING || e.getValue().state == State.CLAIMED)
                .map(Map.Entry::getKey).sorted().toList();
    }

    private @Nullable Entry held(TimerClaim claim) {
        Entry e = entries.get(claim.timer().id());
        return e != null && e.state == State.CLAIMED && e.token.equals(claim.token()) ? e : null;
    }
}
