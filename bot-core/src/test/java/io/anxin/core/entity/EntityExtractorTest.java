package io.anxin.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.ticket.TicketNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    /** A Saturday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Entities read(String text) {
        return EntityExtractor.extract(text, TODAY);
    }

    @Test
    void relative_chinese_dates_are_resolved_against_the_day_of_the_message() {
        assertThat(read("三天前提的现").dates()).containsExactly(LocalDate.of(2026, 11, 18));
        assertThat(read("提现三天了还没到账").dates()).containsExactly(LocalDate.of(2026, 11, 18));
        assertThat(read("上周五下午打过电话").dates()).containsExactly(LocalDate.of(2026, 11, 13));
        assertThat(read("昨天晚上").dates()).containsExactly(LocalDate.of(2026, 11, 20));
        assertThat(read("11月3日办的卡").dates()).containsExactly(LocalDate.of(2026, 11, 3));
        assertThat(read("12月30日办的卡").dates()).containsExactly(LocalDate.of(2025, 12, 30));
    }

    @Test
    void english_dates_are_read_too() {
        assertThat(read("I withdrew 5 days ago").dates()).containsExactly(LocalDate.of(2026, 11, 16));
        assertThat(read("since last Friday").dates()).containsExactly(LocalDate.of(2026, 11, 20));
        assertThat(read("on 2026-11-02 at 14:30").dates()).containsExactly(LocalDate.of(2026, 11, 2));
    }

    @Test
    void amounts_in_symbols_digits_and_chinese_numerals_are_read_in_yuan() {
        assertThat(read("被扣了¥2,000").amounts()).containsExactly(new Amount(new BigDecimal("2000"), "CNY"));
        assertThat(read("少了两千块").amounts()).containsExactly(new Amount(new BigDecimal("2000"), "CNY"));
        assertThat(read("一万二元的理财").amounts()).containsExactly(new Amount(new BigDecimal("12000"), "CNY"));
        assertThat(read("提了1.5万元").amounts()).containsExactly(new Amount(new BigDecimal("15000"), "CNY"));
        assertThat(read("charged $30 twice").amounts()).containsExactly(new Amount(new BigDecimal("30"), "USD"));
        assertThat(read("一百零五块").amounts()).containsExactly(new Amount(new BigDecimal("105"), "CNY"));
    }

    @Test
    void phone_account_order_and_ticket_numbers_are_told_apart() {
        Entities entities = read("工单C-202611-0042还没人管，我电话138 1234 5678，订单号：DD20261120001，卡号6222021234567890123");

        assertThat(entities.tickets()).containsExactly(TicketNumber.parse("C-202611-0042"));
        assertThat(entities.phones()).containsExactly("13812345678");
        assertThat(entities.accounts()).containsExactly("DD20261120001", "6222021234567890123");
    }

    @Test
    void clock_times_in_chinese_and_digits_are_read() {
        assertThat(read("下午三点半到的网点").times()).containsExactly(LocalTime.of(15, 30));
        assertThat(read("at 09:15 this morning").times()).containsExactly(LocalTime.of(9, 15));
    }

    @Test
    void a_message_without_entities_has_none() {
        Entities entities = read("你们的服务态度太差了");
        assertThat(entities.saysWhen()).isFalse();
        assertThat(entities.amounts()).isEmpty();
        assertThat(entities.accounts()).isEmpty();
    }

    @Test
    void the_number_of_households_or_people_a_complaint_speaks_for_is_read() {
        assertThat(read("我们小区三十多户业主都遇到了").groupSize()).isEqualTo(30);
        assertThat(read("12户人家联名投诉").groupSize()).isEqualTo(12);
        assertThat(read("we are 15 families in the same building").groupSize()).isEqualTo(15);
        assertThat(read("提现三天没到账").groupSize()).isZero();
    }
}
