package io.anxin.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.handoff.Role;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.redis.RedisOutbox;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.routing.ConfidentialRule;
import io.anxin.core.routing.Department;
import io.anxin.core.routing.DepartmentId;
import io.anxin.core.routing.Routing;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.lettuce.core.Range;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whistle-blowing reaches compliance at once, in confidence (003 §7(二); 000 part 5 §19). */
class NotifyDepartmentIT {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private static Department department(String id, String zh, String en) {
        return new Department(new DepartmentId(id), Map.of(Lang.ZH_HANS, zh, Lang.ZH_HANT, zh, Lang.EN, en),
                id + "@bank.example", null, null);
    }

    private final Routing routing = new Routing(
            List.of(department("customer-service", "客服中心", "Customer Service"), department("compliance", "合规部", "Compliance")),
            List.of(), new DepartmentId("customer-service"),
            List.of(new ConfidentialRule(RiskFlag.WHISTLEBLOW, Set.of(Role.COMPLIANCE), Set.of(new DepartmentId("compliance")))));
    private final RedisTicketStore tickets = new RedisTicketStore(TestEngine.redis());
    private final NotifyDepartment notify = new NotifyDepartment(tickets, new RedisOutbox(TestEngine.redis()), routing,
            ZoneOffset.ofHours(8), Clock.fixed(NOW, ZoneOffset.UTC));

    private Ticket ticket(Set<RiskFlag> flags) {
        TicketNumber number = tickets.nextNumber(Intent.COMPLAINT, YearMonth.of(2026, 11)).block();
        Ticket ticket = new Ticket(number, TicketStatus.ACCEPTED, Grade.FOUR, ConversationId.random(), Channel.API,
                Lang.ZH_HANS, "举报你们理财经理私下收客户红包", Category.SERVICE_ATTITUDE, flags,
                ComplaintForm.receivedBy("anxin-bot").withContact("13800138000").withAccountNumber("6222020000001234"),
                NOW, NOW.plus(Duration.ofDays(1)));
        tickets.register(ticket).block();
        return ticket;
    }

    private List<Map<String, String>> queuedFor(TicketNumber number) {
        return TestEngine.sync().xrange("anxin:{outbox}:queue", Range.create("-", "+")).stream().map(e -> e.getBody())
                .filter(f -> f.get("id").contains(number.toString())).toList();
    }

    @Test
    void a_whistle_blowing_ticket_is_sent_to_compliance_at_once_without_who_sent_it() {
        Ticket whistle = ticket(Set.of(RiskFlag.WHISTLEBLOW));

        notify.confidential(whistle).block();
        notify.confidential(whistle).block(); // a retried message

        List<Map<String, String>> queued = queuedFor(whistle.number());
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0)).containsEntry("department", "compliance").containsEntry("purpose", "confidential");
        assertThat(queued.get(0).get("subject")).startsWith("保密 Confidential [" + whistle.number() + "]");
        assertThat(queued.get(0).get("replies")).contains("举报你们理财经理私下收客户红包", "保密，不在此发送")
                .doesNotContain("13800138000", "6222020000001234");
    }

    @Test
    void a_ticket_without_a_confidential_flag_tells_nobody_in_confidence() {
        Ticket plain = ticket(Set.of());

        notify.confidential(plain).block();

        assertThat(queuedFor(plain.number())).isEmpty();
    }
}
