package io.anxin.core.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.ConcurrentTicketChangeException;
import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.lettuce.core.Range;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two people changing one ticket at once: neither silently undoes the other. */
class ConcurrentTicketChangesIT {

    private final RedisTicketStore tickets = new RedisTicketStore(TestEngine.redis());
    private final Instant now = Instant.parse("2026-11-24T02:00:00Z");

    private Ticket registered() {
        TicketNumber number = tickets.nextNumber(Intent.COMPLAINT, YearMonth.of(2026, 11)).block();
        Ticket ticket = new Ticket(number, TicketStatus.ACCEPTED, Grade.FOUR, ConversationId.random(), Channel.API,
                Lang.ZH_HANS, "卡被多扣了钱", Category.BUSINESS_ERROR, Set.of(), ComplaintForm.receivedBy("anxin-bot"), now,
                now.plus(Duration.ofDays(1)));
        tickets.register(ticket).block();
        return ticket;
    }

    @Test
    void changes_to_different_fields_made_from_the_same_reading_are_both_kept() {
        Ticket read = registered();
        Ticket byAgent = read.withForm(read.form().with(FormField.RESPONSIBLE_PERSON, "张敏"));
        Ticket byBot = read.withForm(read.form().withContact("13800138000"));

        tickets.amend(read, byAgent, new TicketEvent("form.responsiblePerson: 张敏", "li.wei", now)).block();
        tickets.amend(read, byBot, new TicketEvent("form.contact", "anxin-bot", now)).block();

        Ticket stored = tickets.find(read.number()).block();
        assertThat(stored.form().responsiblePerson()).isEqualTo("张敏");
        assertThat(stored.form().contact()).isEqualTo("13800138000");
    }

    @Test
    void a_change_to_a_field_someone_else_changed_meanwhile_is_refused_and_stores_nothing() {
        Ticket read = registered();
        tickets.amend(read, read.movedTo(TicketStatus.FORWARDED), new TicketEvent("status:FORWARDED", "li.wei", now))
                .block();

        assertThatThrownBy(() -> tickets.amend(read, read.movedTo(TicketStatus.CLOSED_AT_INTAKE).regraded(Grade.TWO),
                        new TicketEvent("status:CLOSED_AT_INTAKE", "wang.fang", now)).block())
                .isInstanceOf(ConcurrentTicketChangeException.class)
                .hasMessageContaining("was changed by someone else meanwhile (status)");

        Ticket stored = tickets.find(read.number()).block();
        assertThat(stored.status()).isEqualTo(TicketStatus.FORWARDED);
        assertThat(stored.grade()).isEqualTo(Grade.FOUR);
        assertThat(TestEngine.sync().xrange("anxin:{" + read.number() + "}:events", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("event")).containsExactly("registered", "status:FORWARDED");
    }
}
