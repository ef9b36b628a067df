package io.anxin.core.testing;

import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.WorkingPeriod;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The 2026 schedule of 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025), as shipped in
 * config's calendars/cn.yml, for tests that need real holidays and make-up days.
 */
public final class TestCalendar {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TestCalendar() {}

    /** With working hours 09:00-18:00. */
    public static BusinessCalendar cn2026() {
        return china2026().workingHours(WorkingPeriod.of("09:00", "18:00")).build();
    }

    /** The holidays and make-up days, working hours still to set. */
    public static BusinessCalendar.Builder china2026() {
        return BusinessCalendar.builder(SHANGHAI)
                .scheduledYear(2026)
                .holiday("元旦", date("2026-01-01"), date("2026-01-03"))
                .makeUpWorkingDay("元旦", date("2026-01-04"))
                .holiday("春节", date("2026-02-15"), date("2026-02-23"))
                .makeUpWorkingDay("春节", date("2026-02-14"))
                .makeUpWorkingDay("春节", date("2026-02-28"))
                .holiday("清明节", date("2026-04-04"), date("2026-04-06"))
                .holiday("劳动节", date("2026-05-01"), date("2026-05-05"))
                .makeUpWorkingDay("劳动节", date("2026-05-09"))
                .holiday("端午节", date("2026-06-19"), date("2026-06-21"))
                .holiday("中秋节", date("2026-09-25"), date("2026-09-27"))
                .holiday("国庆节", date("2026-10-01"), date("2026-10-07"))
                .makeUpWorkingDay("国庆节", date("2026-09-20"))
                .makeUpWorkingDay("国庆节", date("2026-10-10"));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
