package io.anxin.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.triage.Intent;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void a_complaint_number_reads_type_year_month_and_a_four_digit_serial() {
        assertThat(new TicketNumber(Intent.COMPLAINT, YearMonth.of(2026, 11), 42)).hasToString("C-202611-0042");
        assertThat(new TicketNumber(Intent.INQUIRY, YearMonth.of(2027, 1), 1)).hasToString("Q-202701-0001");
        assertThat(TicketNumber.series(Intent.SUGGESTION, YearMonth.of(2026, 3))).isEqualTo("S-202603");
    }

    @Test
    void a_number_parses_back_to_the_same_ticket_number() {
        TicketNumber number = TicketNumber.parse("S-202612-12345");
        assertThat(number.type()).isEqualTo(Intent.SUGGESTION);
        assertThat(number.month()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(number.serial()).isEqualTo(12345);
        assertThat(number).hasToString("S-202612-12345");
    }

    @Test
    void text_that_is_not_a_ticket_number_is_refused_with_an_example() {
        assertThatThrownBy(() -> TicketNumber.parse("X-1")).hasMessageContaining("C-202611-0042");
        assertThatThrownBy(() -> TicketNumber.parse("C-202613-0001")).hasMessageContaining("no month 13");
    }
}
