package io.anxin.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketStatusTest {

    @Test
    void a_ticket_follows_the_procedure_from_acceptance_to_archive() {
        TicketStatus status = TicketStatus.ACCEPTED;
        for (TicketStatus next : new TicketStatus[] {
                TicketStatus.FORWARDED, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED,
                TicketStatus.FOLLOWED_UP, TicketStatus.ARCHIVED}) {
            status = status.moveTo(next);
        }
        assertThat(status).isEqualTo(TicketStatus.ARCHIVED);
    }

    @Test
    void a_ticket_cannot_skip_handling_once_forwarded() {
        assertThatThrownBy(() -> TicketStatus.FORWARDED.moveTo(TicketStatus.ARCHIVED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("a ticket cannot move from FORWARDED to ARCHIVED");
    }

    @Test
    void archived_and_closed_at_intake_are_final() {
        for (TicketStatus target : TicketStatus.values()) {
            assertThat(TicketStatus.ARCHIVED.canMoveTo(target)).isFalse();
            assertThat(TicketStatus.CLOSED_AT_INTAKE.canMoveTo(target)).isFalse();
        }
    }

    @Test
    void only_accepted_forwarded_and_in_progress_tickets_are_open() {
        assertThat(TicketStatus.ACCEPTED.isOpen()).isTrue();
        assertThat(TicketStatus.IN_PROGRESS.isOpen()).isTrue();
        assertThat(TicketStatus.RESOLVED.isOpen()).isFalse();
        assertThat(TicketStatus.CLOSED_AT_INTAKE.isOpen()).isFalse();
    }
}
