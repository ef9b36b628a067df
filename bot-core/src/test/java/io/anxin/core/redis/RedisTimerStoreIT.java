package io.anxin.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.sla.EscalatingMilestoneHandler;
import io.anxin.core.sla.BreachRule;
import io.anxin.core.sla.FireDueTimers;
import io.anxin.core.sla.MilestoneHandler;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.sla.Milestone;
import io.anxin.core.sla.Timer;
import io.anxin.core.sla.TimerClaim;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.testing.TestCalendar;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.testing.TemporaryRedis;
import io.anxin.core.testing.TestRedis;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.cluster.SlotHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

class RedisTimerStoreIT {

    private static final Instant T0 = Instant.parse("2026-11-16T02:00:00Z"); // Monday 10:00 in Shanghai
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final FireDueTimers.Settings SETTINGS = new FireDueTimers.Settings(LEASE, 7, Duration.ofMinutes(1));

    @RegisterExtension
    static final TemporaryRedis redis = new TemporaryRedis();

    private final MutableClock clock = new MutableClock(T0);
    private final List<TestRedis.Connection> connections = new ArrayList<>();
    /** How often each timer id was handled, by any instance. */
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

    @BeforeEach
    void emptyRedis() {
        try (var admin = redis.connect()) {
            admin.sync().flushall();
        }
    }

    @AfterEach
    void closeConnections() {
        connections.forEach(TestRedis.Connection::close);
    }

    /** One application instance: its own connection, timer store and firing use case. */
    private final class Instance {
        final TestRedis.Connection connection;
        final RedisTimerStore timers;
        final FireDueTimers fire;
        final List<String> fired = Collections.synchronizedList(new ArrayList<>());

        Instance(String url) {
            connection = TestRedis.connect(url);
            connections.add(connection);
            timers = new RedisTimerStore(connection.reactive());
            MilestoneHandler counting = new MilestoneHandler() {
                @Override
                public Mono<Void> warning(Timer timer) {
                    return count(timer);
                }

                @Override
                public Mono<Void> breached(Timer timer) {
                    return count(timer);
                }
            };
            fire = new FireDueTimers(timers, counting, clock, SETTINGS);
        }

        Instance() {
            this(redis.url());
        }

        private Mono<Void> count(Timer timer) {
            return Mono.fromRunnable(() -> {
                handled.computeIfAbsent(timer.id(), id -> new AtomicInteger()).incrementAndGet();
                fired.add(timer.id());
            });
        }

        /** Rounds until a round claims nothing. */
        int fireAll() {
            int fired = 0;
            for (FireDueTimers.Round round = fire.runOnce().block(); round.claimed() > 0; round = fire.runOnce().block()) {
                fired += round.fired();
            }
            return fired;
        }
    }

    private static Timer timer(long serial, Instant fireAt) {
        return Timer.of(new TicketNumber(Intent.COMPLAINT, YearMonth.of(2026, 11), serial), Milestone.RESOLVE, Timer.Kind.DUE,
                fireAt, fireAt);
    }

    private long left(Instance instance) {
        return instance.timers.pending().block() + instance.timers.claimed().block();
    }

    @Test
    void two_instances_fire_every_one_of_200_timers_exactly_once_between_them() throws Exception {
        Instance a = new Instance();
        Instance b = new Instance();
        for (int i = 1; i <= 200; i++) {
            (i % 2 == 0 ? a : b).timers.schedule(timer(i, T0.plusSeconds(i))).block();
        }
        clock.advance(Duration.ofSeconds(200));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Integer> firedByA = threads.submit(() -> {
                start.await();
                return a.fireAll();
            });
            Future<Integer> firedByB = threads.submit(() -> {
                start.await();
                return b.fireAll();
            });
            start.countDown();

            assertThat(firedByA.get(60, TimeUnit.SECONDS) + firedByB.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            threads.shutdownNow();
        }
        assertThat(handled).hasSize(200);
        assertThat(handled.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(Set.copyOf(a.fired)).doesNotContainAnyElementsOf(b.fired);
        assertThat(left(a)).isZero();
    }

    @Test
    void timers_claimed_by_an_instance_that_crashed_are_re_delivered_to_the_other_once_the_lease_has_run_out() {
        Instance crashing = new Instance();
        Instance survivor = new Instance();
        for (int i = 1; i <= 5; i++) {
            crashing.timers.schedule(timer(i, T0)).block();
        }
        // it claims all five, then dies before handling any
        List<TimerClaim> claims = crashing.timers.claimDue(clock.instant(), 50, LEASE).collectList().block();
        crashing.connection.close();
        assertThat(claims).hasSize(5);

        clock.advance(LEASE.minusSeconds(1));
        FireDueTimers.Round whileLeased = survivor.fire.runOnce().block();
        clock.advance(Duration.ofSeconds(1));
        FireDueTimers.Round afterLease = survivor.fire.runOnce().block();

        assertThat(whileLeased.claimed()).isZero();
        assertThat(afterLease.redelivered()).isEqualTo(5);
        assertThat(afterLease.fired()).isEqualTo(5);
        assertThat(handled.values()).hasSize(5).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        // the crashed holder coming back cannot complete what it no longer holds
        RedisTimerStore zombie = new Instance().timers;
        for (TimerClaim claim : claims) {
            assertThat(zombie.complete(claim, clock.instant()).block()).isFalse();
        }
        assertThat(left(survivor)).isZero();
    }

    @Test
    void scheduling_the_same_timer_twice_even_from_two_instances_fires_it_once() {
        Instance a = new Instance();
        Instance b = new Instance();
        Timer due = timer(1, T0);

        assertThat(a.timers.schedule(due).block()).isTrue();
        assertThat(b.timers.schedule(due).block()).isFalse();
        assertThat(b.timers.schedule(timer(1, T0.plusSeconds(600))).block()).isFalse(); // the first schedule stands
        a.fireAll();
        b.fireAll();
        // a retried registration after it fired changes nothing either
        assertThat(a.timers.schedule(due).block()).isFalse();
        clock.advance(Duration.ofHours(1));
        a.fireAll();
        b.fireAll();

        assertThat(handled).containsOnlyKeys(due.id());
        assertThat(handled.get(due.id()).get()).isEqualTo(1);
    }

    @Test
    void timers_scheduled_together_are_each_added_once_and_one_already_known_keeps_its_time() {
        Instance a = new Instance();
        Timer known = timer(1, T0);
        assertThat(a.timers.schedule(known).block()).isTrue();

        a.timers.scheduleAll(List.of(timer(1, T0.plusSeconds(600)), timer(2, T0), timer(3, T0.plusSeconds(60)))).block();
        a.timers.scheduleAll(List.of(timer(2, T0), timer(3, T0.plusSeconds(60)))).block(); // a retried registration
        a.fireAll();

        assertThat(handled).containsOnlyKeys(known.id(), timer(2, T0).id());
        clock.advance(Duration.ofMinutes(1));
        a.fireAll();
        assertThat(handled).containsOnlyKeys(known.id(), timer(2, T0).id(), timer(3, T0).id());
        assertThat(handled.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(left(a)).isZero();
    }

    @Test
    void timers_survive_a_reconnect_of_the_application() {
        Instance first = new Instance();
        first.timers.schedule(timer(1, T0.plusSeconds(60))).block();
        first.connection.close();

        clock.advance(Duration.ofMinutes(1));
        assertThat(new Instance().fireAll()).isEqualTo(1);
        assertThat(handled).containsOnlyKeys(timer(1, T0).id());
    }

    @Test
    void timers_survive_a_restart_of_redis_with_its_append_only_file() throws Exception {
        Path dir = Files.createTempDirectory("anxin-redis-");
        LocalRedis own = TestRedis.start(dir);
        try {
            new Instance(own.url()).timers.schedule(timer(1, T0)).block();
        } finally {
            closeConnections();
            connections.clear();
            own.close();
        }
        LocalRedis again = TestRedis.start(dir); // on the same ports, from the same append-only files
        try {
            assertThat(new Instance(again.url()).fireAll()).isEqualTo(1);
        } finally {
            closeConnections();
            connections.clear();
            again.close();
        }
    }

    @Test
    void a_cancelled_timer_never_fires_and_scheduling_it_again_changes_nothing() {
        Instance a = new Instance();
        Timer due = timer(1, T0);
        Timer cancelledFirst = timer(2, T0);
        a.timers.schedule(due).block();

        assertThat(a.timers.cancel(due.id(), T0).block()).isTrue();
        assertThat(a.timers.schedule(due).block()).isFalse();
        // cancelled before it was ever scheduled (the milestone was met first): a late schedule stays without effect
        assertThat(a.timers.cancel(cancelledFirst.id(), T0).block()).isFalse();
        assertThat(a.timers.schedule(cancelledFirst).block()).isFalse();

        assertThat(a.fireAll()).isZero();
        assertThat(handled).isEmpty();
    }

    @Test
    void rescheduling_a_claimed_timer_takes_it_from_its_holder_and_it_fires_once_at_the_new_time() {
        Instance holder = new Instance();
        Instance other = new Instance();
        Timer original = timer(1, T0);
        Timer extended = timer(1, T0.plus(Duration.ofDays(4)));
        holder.timers.schedule(original).block();
        TimerClaim claim = holder.timers.claimDue(clock.instant(), 10, LEASE).blockFirst();

        assertThat(other.timers.reschedule(extended).block()).isTrue();
        assertThat(other.timers.reschedule(extended).block()).isFalse();
        assertThat(holder.timers.complete(claim, clock.instant()).block()).isFalse();
        assertThat(other.fireAll()).isZero();
        clock.advance(Duration.ofDays(4));

        assertThat(other.fireAll()).isEqualTo(1);
        assertThat(handled.get(original.id()).get()).isEqualTo(1);
    }

    @Test
    void a_released_timer_is_due_again_at_the_retry_time_and_only_its_holder_can_release_it() {
        Instance a = new Instance();
        a.timers.schedule(timer(1, T0)).block();
        TimerClaim claim = a.timers.claimDue(clock.instant(), 10, LEASE).blockFirst();
        TimerClaim forged = new TimerClaim(claim.timer(), "not-the-token", claim.leaseUntil());

        assertThat(a.timers.release(forged, T0).block()).isFalse();
        assertThat(a.timers.release(claim, T0.plusSeconds(60)).block()).isTrue();
        assertThat(a.timers.claimDue(clock.instant(), 10, LEASE).collectList().block()).isEmpty();
        clock.advance(Duration.ofSeconds(60));

        assertThat(a.timers.claimDue(clock.instant(), 10, LEASE).collectList().block())
                .extracting(TimerClaim::timer).containsExactly(claim.timer());
    }

    @Test
    void every_timer_key_lives_in_the_one_cluster_slot_of_the_timers_hash_tag() {
        int slot = SlotHash.getSlot("{timers}");

        assertThat(List.of(RedisTimerStore.DUE, RedisTimerStore.INFLIGHT, RedisTimerStore.HOLDERS,
                RedisTimerStore.payload(timer(1, T0).id())))
                .allSatisfy(key -> assertThat(SlotHash.getSlot(key)).isEqualTo(slot));
    }

    @Test
    void a_registered_complaint_left_untouched_warns_and_then_breaches_its_forward_milestone_on_the_escalation_stream() {
        TestRedis.Connection connection = redis.connect();
        connections.add(connection);
        var redis = connection.reactive();
        RedisTicketStore tickets = new RedisTicketStore(redis);
        RedisTimerStore timers = new RedisTimerStore(redis);
        MilestoneSchedule schedule = new MilestoneSchedule(TestCalendar.cn2026(), TestEngine.POLICY.milestoneLimits());
        FireDueTimers fire = new FireDueTimers(timers,
                new EscalatingMilestoneHandler(tickets, new RedisEscalationLog(redis), BreachRule.NOTIFY_ONLY, clock),
                clock, SETTINGS);
        Ticket ticket = new Ticket(new TicketNumber(Intent.COMPLAINT, YearMonth.of(2026, 11), 1), TicketStatus.ACCEPTED,
                Grade.FOUR, new ConversationId("cv-0123456789abcdef01234567"), Channel.API, Lang.ZH_HANS, "提现三天了还没到账",
                Category.values()[0], Set.of(), ComplaintForm.receivedBy("bot"), T0, T0.plus(Duration.ofHours(24)));
        tickets.register(ticket).block();
        schedule.atAcceptance(ticket).forEach(deadline ->
                deadline.timers(ticket.number()).forEach(t -> timers.schedule(t).block()));

        clock.advance(Duration.ofMinutes(48)); // 80% of the forward hour
        fire.drain().block();
        clock.advance(Duration.ofMinutes(12));
        fire.drain().block();

        List<StreamMessage<String, String>> notices = connection.sync().xread(XReadArgs.StreamOffset.from(RedisEscalationLog.STREAM, "0"));
        assertThat(notices).extracting(m -> m.getBody().get("reason")).containsExactly("warning:forward", "breach:forward");
        assertThat(notices).extracting(m -> m.getBody().get("role")).containsOnly("SUPERVISOR");
        assertThat(notices).extracting(m -> m.getBody().get("messageId"))
                .containsExactly("timer:C-202611-0001:forward:warn", "timer:C-202611-0001:forward:due");
    }
}
