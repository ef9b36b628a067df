package io.anxin.core.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TicketAccessTest {

    private static final Staff AGENT = new Staff("li.wei", "李伟", Set.of(StaffRole.AGENT), null);
    private static final Staff SUPERVISOR = new Staff("sun.li", "孙丽", Set.of(StaffRole.SUPERVISOR), null);
    private static final Staff COMPLIANCE = new Staff("wang.fang", "王芳", Set.of(StaffRole.COMPLIANCE), null);
    private static final Staff OPERATIONS = new Staff("zhang.min", "张敏", Set.of(StaffRole.DEPARTMENT), "operations");

    private static Ticket ticket(Set<RiskFlag> flags, @Nullable String department) {
        ComplaintForm form = ComplaintForm.receivedBy("anxin-bot");
        if (department != null) {
            form = form.with(FormField.RESPONSIBLE_DEPARTMENT, department);
        }
        Instant at = Instant.parse("2026-11-24T02:00:00Z");
        return new Ticket(new TicketNumber(Intent.COMPLAINT, YearMonth.of(2026, 11), 42), TicketStatus.ACCEPTED, Grade.FOUR,
                ConversationId.random(), Channel.API, Lang.ZH_HANS, "卡被多扣了钱", Category.BUSINESS_ERROR, flags, form, at,
                at.plusSeconds(3600));
    }

    @Test
    void a_whistle_blowing_ticket_is_seen_by_compliance_alone_even_when_forwarded_to_a_department() {
        Ticket whistle = ticket(Set.of(RiskFlag.WHISTLEBLOW), "operations");

        assertThat(TicketAccess.sees(COMPLIANCE, whistle)).isTrue();
        assertThat(TicketAccess.sees(AGENT, whistle)).isFalse();
        assertThat(TicketAccess.sees(SUPERVISOR, whistle)).isFalse();
        assertThat(TicketAccess.sees(OPERATIONS, whistle)).isFalse();
    }

    @Test
    void agents_supervisors_and_compliance_see_every_other_ticket_and_a_department_only_its_own() {
        Ticket ours = ticket(Set.of(), "operations");
        Ticket theirs = ticket(Set.of(), "finance");
        Ticket unassigned = ticket(Set.of(), null);

        for (Staff all : new Staff[] {AGENT, SUPERVISOR, COMPLIANCE}) {
            assertThat(TicketAccess.sees(all, ours) && TicketAccess.sees(all, theirs) && TicketAccess.sees(all, unassigned))
                    .as(all.id()).isTrue();
        }
        assertThat(TicketAccess.sees(OPERATIONS, ours)).isTrue();
        assertThat(TicketAccess.sees(OPERATIONS, theirs)).isFalse();
        assertThat(TicketAccess.sees(OPERATIONS, unassigned)).isFalse();
    }

    @Test
    void a_list_is_scoped_to_what_the_role_sees_before_any_filter() {
        assertThat(TicketAccess.scope(COMPLIANCE)).isEqualTo(new IndexQuery.Scope(true, null));
        assertThat(TicketAccess.scope(AGENT)).isEqualTo(new IndexQuery.Scope(false, null));
        assertThat(TicketAccess.scope(OPERATIONS)).isEqualTo(new IndexQuery.Scope(false, "operations"));
        Staff agentInADepartment = new Staff("x", "X", Set.of(StaffRole.AGENT, StaffRole.DEPARTMENT), "operations");
        assertThat(TicketAccess.scope(agentInADepartment)).isEqualTo(new IndexQuery.Scope(false, null));
    }

    @Test
    void a_department_neither_hands_a_ticket_on_nor_registers_a_re_complaint() {
        assertThatThrownBy(() -> TicketAccess.requireMayFill(OPERATIONS, FormField.RESPONSIBLE_DEPARTMENT))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> TicketAccess.requireMayReComplain(OPERATIONS)).isInstanceOf(NotPermittedException.class);
        assertThatCode(() -> TicketAccess.requireMayFill(OPERATIONS, FormField.FACTS_ESTABLISHED)).doesNotThrowAnyException();
        assertThatCode(() -> TicketAccess.requireMayFill(AGENT, FormField.RESPONSIBLE_DEPARTMENT)).doesNotThrowAnyException();
        assertThatCode(() -> TicketAccess.requireMayReComplain(SUPERVISOR)).doesNotThrowAnyException();
    }

    @Test
    void a_department_user_needs_a_department_and_only_they_may_name_one() {
        assertThatThrownBy(() -> new Staff("a", "A", Set.of(StaffRole.DEPARTMENT), null))
                .hasMessage("staff member 'a' has the department role but no department");
        assertThatThrownBy(() -> new Staff("b", "B", Set.of(StaffRole.AGENT), "operations"))
                .hasMessage("staff member 'b' names a department without the department role");
    }

    @Test
    void a_department_sees_the_customers_numbers_and_address_masked_but_the_contact_to_call_them_on() {
        Ticket t = ticket(Set.of(), "operations");
        Ticket full = new Ticket(t.number(), t.status(), t.grade(), t.conversationId(), t.channel(), t.lang(),
                "卡号6222021234567890123被多扣了钱，身份证11010519491231002X，寄到北京市朝阳区建国路88号",
                t.category(), t.flags(), t.form().withAccountNumber("62220212345678").withContact("13812345678"),
                t.createdAt(), t.dueBy());

        Ticket shown = TicketAccess.shownTo(OPERATIONS, full);
        assertThat(shown.content()).doesNotContain("6222021234567890123").doesNotContain("11010519491231002X")
                .doesNotContain("建国路88号").contains("被多扣了钱");
        assertThat(shown.form().accountNumber()).isEqualTo("**********5678");
        assertThat(shown.form().contact()).isEqualTo("13812345678");
        for (Staff all : new Staff[] {AGENT, SUPERVISOR, COMPLIANCE}) {
            assertThat(TicketAccess.shownTo(all, full)).as(all.id()).isEqualTo(full);
        }
    }
}
