package io.anxin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.handoff.EscalationNotice;
import io.anxin.core.handoff.Role;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class EscalatingMilestoneHandlerTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-16T02:00:00Z");
    private static final ConversationId CONVERSATION = new ConversationId("cv-0123456789abcdef01234567");
    private static final TicketNumber NUMBER = new TicketNumber(Intent.COMPLAINT, YearMonth.of(2026, 11), 1);

    private final MutableClock clock = new MutableClock(ACCEPTED.plusSeconds(3600));
    private final Tickets tickets = new Tickets();
    private final List<EscalationNotice> notices = new ArrayList<>();
    private final EscalationLog log = notice -> Mono.fromRunnable(() -> notices.add(notice));
    private final EscalatingMilestoneHandler handler = new EscalatingMilestoneHandler(tickets, log,
            new BreachRule(Map.of(Milestone.RESOLVE, Grade.THREE)), clock);

    private static final class Tickets implements TicketStore {
        final Map<TicketNumber, Ticket> byNumber = new HashMap<>();
        final List<TicketEvent> events = new ArrayList<>();

        @Override
        public Mono<TicketNumber> nextNumber(Intent type, YearMonth month) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mono<Void> register(Ticket ticket) {
            return Mono.fromRunnable(() -> byNumber.putIfAbsent(ticket.number(), ticket));
        }

        @Override
        public Mono<Void> amend(Ticket before, Ticket changed, List<TicketEvent> added) {
            return Mono.fromRunnable(() -> {
                byNumber.put(changed.number(), changed);
                events.addAll(added);
            });
        }

        @Override
        public Flux<TicketEvent> events(TicketNumber number) {
            return Flux.fromIterable(events);
        }

        @Override
        public Mono<Ticket> find(TicketNumber number) {
            return Mono.justOrEmpty(byNumber.get(number));
        }
    }

    private Ticket complaint(TicketStatus status, Grade grade, Set<RiskFlag> flags) {
        Ticket ticket = new Ticket(NUMBER, status, grade, CONVERSATION, Channel.API, Lang.ZH_HANS,
                "提现三天了还没到账", Category.values()[0], flags, ComplaintForm.receivedBy("bot"), ACCEPTED,
                ACCEPTED.plusSeconds(86_400));
        tickets.register(ticket).block();
        return ticket;
    }

    private static Timer timer(Milestone milestone, Timer.Kind kind) {
        Instant due = ACCEPTED.plusSeconds(3600);
        return Timer.of(NUMBER, milestone, kind, kind == Timer.Kind.DUE ? due : due.minusSeconds(720), due);
    }

    @Test
    void a_warning_tells_the_supervisor_without_urgency_under_the_timer_id_as_message_id() {
        complaint(TicketStatus.FORWARDED, Grade.FOUR, Set.of());

        handler.handle(timer(Milestone.RESOLVE, Timer.Kind.WARN)).block();

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.escalation().role()).isEqualTo(Role.SUPERVISOR);
            assertThat(n.escalation().reason()).isEqualTo("warning:resolve");
            assertThat(n.escalation().urgent()).isFalse();
            assertThat(n.conversationId()).isEqualTo(CONVERSATION);
            assertThat(n.messageId()).isEqualTo("timer:C-202611-0001:resolve:warn");
            assertThat(n.ticket()).isEqualTo("C-202611-0001");
            assertThat(n.at()).isEqualTo(clock.instant());
        });
        assertThat(tickets.byNumber.get(NUMBER).grade()).isEqualTo(Grade.FOUR);
    }

    @Test
    void a_breach_tells_the_supervisor_urgently_and_raises_the_grade_as_the_pack_says_with_an_audit_event() {
        complaint(TicketStatus.IN_PROGRESS, Grade.FOUR, Set.of());

        handler.handle(timer(Milestone.RESOLVE, Timer.Kind.DUE)).block();

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.escalation().role()).isEqualTo(Role.SUPERVISOR);
            assertThat(n.escalation().reason()).isEqualTo("breach:resolve");
            assertThat(n.escalation().urgent()).isTrue();
        });
        assertThat(tickets.byNumber.get(NUMBER).grade()).isEqualTo(Grade.THREE);
        assertThat(tickets.events).containsExactly(new TicketEvent("grade:breach:resolve", "sla", clock.instant()));
    }

    @Test
    void handling_the_same_breach_twice_raises_the_grade_once() {
        complaint(TicketStatus.IN_PROGRESS, Grade.FOUR, Set.of());

        handler.handle(timer(Milestone.RESOLVE, Timer.Kind.DUE)).block();
        handler.handle(timer(Milestone.RESOLVE, Timer.Kind.DUE)).block();

        assertThat(tickets.byNumber.get(NUMBER).grade()).isEqualTo(Grade.THREE);
        assertThat(tickets.events).hasSize(1);
        assertThat(notices).extracting(EscalationNotice::messageId).containsOnly("timer:C-202611-0001:resolve:due");
    }

    @Test
    void a_breach_never_lowers_a_grade_that_is_already_more_severe() {
        complaint(TicketStatus.IN_PROGRESS, Grade.TWO, Set.of());

        handler.handle(timer(Milestone.RESOLVE, Timer.Kind.DUE)).block();

        assertThat(tickets.byNumber.get(NUMBER).grade()).isEqualTo(Grade.TWO);
        assertThat(tickets.events).isEmpty();
    }

    @Test
    void a_milestone_the_ticket_has_already_met_neither_warns_nor_breaches() {
        complaint(TicketStatus.FORWARDED, Grade.FOUR, Set.of());

        handler.handle(timer(Milestone.FORWARD, Timer.Kind.DUE)).block();

        assertThat(notices).isEmpty();
    }

    @Test
    void a_timer_of_a_ticket_that_does_not_exist_does_nothing() {
        handler.handle(timer(Milestone.RESOLVE, Timer.Kind.DUE)).block();

        assertThat(notices).isEmpty();
    }

    @Test
    void a_whistle_blowing_ticket_is_reported_to_compliance_alone() {
        complaint(TicketStatus.ACCEPTED, Grade.FOUR, Set.of(RiskFlag.WHISTLEBLOW));

        handler.handle(timer(Milestone.FORWARD, Timer.Kind.DUE)).block();

        assertThat(notices).extracting(n -> n.escalation().role()).containsExactly(Role.COMPLIANCE);
    }
}
