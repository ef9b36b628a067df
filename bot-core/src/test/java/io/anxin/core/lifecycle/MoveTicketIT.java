package io.anxin.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Lang;
import io.anxin.core.routing.Department;
import io.anxin.core.routing.DepartmentId;
import io.anxin.core.routing.Routing;
import io.anxin.core.ticket.Grade;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.TestCalendar;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.IllegalTransitionException;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.lettuce.core.Range;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MoveTicketIT {

    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);

    private final RedisTicketStore tickets = new RedisTicketStore(TestEngine.redis());
    private final MoveTicket move = TestEngine.moveTicket(TUESDAY);

    private TicketNumber registeredComplaint() {
        ConversationEngine engine = TestEngine.engine(new FixedTriager().complaint("卡被多扣了钱", 2), TUESDAY);
        String number = engine.handle(new InboundMessage(Channel.API, "m1", "c-" + UUID.randomUUID(), "卡被多扣了钱", null,
                TUESDAY.instant())).block().ticket().number();
        return TicketNumber.parse(number);
    }

    private static List<String> pendingTimers() {
        return TestEngine.sync().zrange("anxin:{timers}:due", 0, -1);
    }

    @Test
    void each_step_is_recorded_with_who_and_when_and_cancels_the_timers_it_meets() {
        TicketNumber number = registeredComplaint();
        assertThat(pendingTimers()).contains(number + ":forward:due", number + ":first_contact:due");

        move.move(number, TicketStatus.FORWARDED, "agent-007", "to operations").block();
        assertThat(pendingTimers()).doesNotContain(number + ":forward:due", number + ":forward:warn")
                .contains(number + ":first_contact:due");

        move.move(number, TicketStatus.IN_PROGRESS, "ops-li", null).block();
        assertThat(pendingTimers()).doesNotContain(number + ":first_contact:due");

        var events = TestEngine.sync().xrange("anxin:{" + number + "}:events", Range.create("-", "+"));
        assertThat(events).extracting(e -> e.getBody().get("event") + " by " + e.getBody().get("by"))
                // containsSubsequence: other tests' complaints of the same words may raise its grade meanwhile
                .containsSubsequence("registered by anxin-bot", "status:FORWARDED to operations by agent-007",
                        "status:IN_PROGRESS by ops-li");
    }

    @Test
    void forwarding_tells_the_routed_department_with_the_complaint_form_and_names_it_on_the_form() {
        TicketNumber number = registeredComplaint();

        Ticket forwarded = move.move(number, TicketStatus.FORWARDED, "agent-007", null).block();

        assertThat(forwarded.form().responsibleDepartment()).isEqualTo("customer-service");
        assertThat(tickets.find(number).block().form().responsibleDepartment()).isEqualTo("customer-service");
        var queued = TestEngine.sync().xrange("anxin:{outbox}:queue", Range.create("-", "+")).stream()
                .map(e -> e.getBody()).filter(f -> ("forward:" + number).equals(f.get("id"))).toList();
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0)).containsEntry("department", "customer-service").containsEntry("email", "kefu@example.com");
        assertThat(queued.get(0).get("subject")).startsWith("[" + number + "] 客户投诉处理单 Complaint form");
        assertThat(queued.get(0).get("replies")).contains("工单号 Ticket: " + number, "投诉内容 Content: 卡被多扣了钱",
                "责任部门 Responsible department: 客服中心");
    }

    @Test
    void resolving_cancels_the_resolve_timers_and_schedules_the_follow_up_call() {
        TicketNumber number = registeredComplaint();
        move.move(number, TicketStatus.IN_PROGRESS, "agent-007", null).block();
        Ticket resolved = move.move(number, TicketStatus.RESOLVED, "ops-li", "refunded the double charge").block();

        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(tickets.find(number).block().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(pendingTimers()).doesNotContain(number + ":resolve:due").contains(number + ":follow_up:due");
    }

    @Test
    void a_step_the_procedure_does_not_allow_is_refused_and_changes_nothing() {
        TicketNumber number = registeredComplaint();

        assertThatThrownBy(() -> move.move(number, TicketStatus.ARCHIVED, "agent-007", null).block())
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("a ticket cannot move from ACCEPTED to ARCHIVED");
        assertThat(tickets.find(number).block().status()).isEqualTo(TicketStatus.ACCEPTED);
    }

    @Test
    void a_complaint_is_extended_once_with_its_reason_and_its_resolve_timer_moves_to_seven_working_days() {
        TicketNumber number = registeredComplaint();
        ExtendResolution extend = new ExtendResolution(tickets, TestEngine.milestoneTimers(), TUESDAY);

        Ticket extended = extend.extend(number, "needs the bank's statement", "ops-li").block();

        assertThat(extended.extensionReason()).isEqualTo("needs the bank's statement");
        assertThat(tickets.find(number).block().extensionReason()).isEqualTo("needs the bank's statement");
        // Accepted Tuesday 24 Nov 10:00: 7 working days end at close of business on Thursday 3 December.
        Double resolveDue = TestEngine.sync().zscore("anxin:{timers}:due", number + ":resolve:due");
        assertThat(Instant.ofEpochMilli(resolveDue.longValue())).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
        assertThatThrownBy(() -> extend.extend(number, "again", "ops-li").block())
                .hasMessageContaining("already extended once");
    }

    @Test
    void a_customer_rejecting_the_outcome_gets_a_new_ticket_linked_to_the_old_one() {
        TicketNumber old = registeredComplaint();
        move.move(old, TicketStatus.IN_PROGRESS, "ops-li", null).block();
        move.move(old, TicketStatus.RESOLVED, "ops-li", "refunded").block();
        ReComplain reComplain = new ReComplain(tickets, TestEngine.milestoneTimers(), new Renewal(tickets, TestEngine.ROUTING),
                TestCalendar.SHANGHAI, TUESDAY);

        Ticket renewed = reComplain.reComplain(old, "退款只退了一半，我不接受", "agent-007").block();

        assertThat(renewed.number()).isNotEqualTo(old);
        assertThat(renewed.reComplaintOf()).isEqualTo(old);
        assertThat(tickets.find(renewed.number()).block().reComplaintOf()).isEqualTo(old);
        assertThat(pendingTimers()).contains(renewed.number() + ":resolve:due");
        var events = TestEngine.sync().xrange("anxin:{" + old + "}:events", Range.create("-", "+"));
        assertThat(events).extracting(e -> e.getBody().get("event")).contains("re-complained as " + renewed.number());
    }

    @Test
    void a_re_complaint_goes_to_the_department_above_and_the_third_complaint_is_at_least_grade_3() {
        Routing withSuperior = new Routing(List.of(
                new Department(new DepartmentId("customer-service"),
                        Map.of(Lang.ZH_HANS, "客服中心", Lang.ZH_HANT, "客服中心", Lang.EN, "Customer service"),
                        "kefu@example.com", null, new DepartmentId("general-manager")),
                new Department(new DepartmentId("general-manager"),
                        Map.of(Lang.ZH_HANS, "总经理室", Lang.ZH_HANT, "總經理室", Lang.EN, "General manager"),
                        "gm@example.com", null, null)),
                List.of(), new DepartmentId("customer-service"), List.of());
        ReComplain reComplain = new ReComplain(tickets, TestEngine.milestoneTimers(), new Renewal(tickets, withSuperior),
                TestCalendar.SHANGHAI, TUESDAY);
        TicketNumber first = registeredComplaint();
        move.move(first, TicketStatus.FORWARDED, "agent-007", null).block();
        move.move(first, TicketStatus.IN_PROGRESS, "ops-li", null).block();
        move.move(first, TicketStatus.RESOLVED, "ops-li", "refunded").block();

        Ticket second = reComplain.reComplain(first, "退款只退了一半", "agent-007").block();
        assertThat(second.form().responsibleDepartment()).isEqualTo("general-manager");
        assertThat(second.grade()).isEqualTo(Grade.FOUR);

        move.move(second.number(), TicketStatus.IN_PROGRESS, "gm-office", null).block();
        move.move(second.number(), TicketStatus.RESOLVED, "gm-office", "explained").block();
        Ticket third = reComplain.reComplain(second.number(), "还是不接受", "agent-007").block();

        assertThat(third.grade()).isEqualTo(Grade.THREE);
        assertThat(third.form().responsibleDepartment()).isEqualTo("general-manager");
    }

    @Test
    void a_complaint_still_being_handled_cannot_be_re_complained() {
        TicketNumber open = registeredComplaint();
        ReComplain reComplain = new ReComplain(tickets, TestEngine.milestoneTimers(), new Renewal(tickets, TestEngine.ROUTING),
                TestCalendar.SHANGHAI, TUESDAY);

        assertThatThrownBy(() -> reComplain.reComplain(open, "还没处理", "agent-007").block())
                .hasMessageContaining("a re-complaint rejects the outcome of a resolved complaint");
    }

    @Test
    void an_unknown_ticket_is_reported_as_such() {
        assertThatThrownBy(() -> move.move(TicketNumber.parse("C-202611-9999"), TicketStatus.FORWARDED, "a", null).block())
                .isInstanceOf(UnknownTicketException.class).hasMessage("no ticket C-202611-9999");
    }
}
