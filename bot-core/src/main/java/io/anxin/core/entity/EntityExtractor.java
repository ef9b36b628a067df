package io.anxin.core.entity;

import io.anxin.core.privacy.PersonalData;
import io.anxin.core.ticket.TicketNumber;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads phone, account, order and ticket numbers, amounts, dates and times from a message, in
 * Chinese and English forms ("三天前", "上周五", "¥2,000", "两千块", "last Friday"). Relative dates
 * are resolved against the day the message arrived.
 */
public final class EntityExtractor {

    private static final String CN = "[" + ChineseNumber.CHARS + "]+";
    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

    private static final Pattern TICKET = Pattern.compile("(?<![A-Za-z0-9])[CSQ]-\\d{6}-\\d{4,9}(?!\\d)");
    private static final Pattern LABELLED_ACCOUNT = Pattern.compile(
            "(?i)(?:账号|账户|帳號|帳戶|卡号|卡號|订单号?|訂單號?|单号|單號|合同号|合同號|order(?:\\s*(?:number|no\\.?|#))?|account(?:\\s*(?:number|no\\.?))?)"
                    + "\\s*(?:是|为|為|:|：|#)?\\s*([A-Za-z0-9][A-Za-z0-9-]{5,29})");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9A-Za-z-])\\d{10,19}(?![0-9A-Za-z])");

    private static final Pattern MONEY_SYMBOL = Pattern.compile("(¥|￥|RMB|CNY|人民币|人民幣|HK\\$|NT\\$|US\\$|\\$)\\s?(" + NUM + ")");
    private static final Pattern MONEY_UNIT = Pattern.compile("(" + NUM + ")\\s?([万萬千百]?)\\s?(?:元|块|塊|圆|圓|rmb|yuan)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_CHINESE = Pattern.compile("(?<![\\d.])(" + CN + ")\\s?(?:元|块|塊|圆|圓)");

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})[-/年.](\\d{1,2})[-/月.](\\d{1,2})[日号號]?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年-])(\\d{1,2})月(\\d{1,2})[日号號]");
    private static final Pattern DAYS_AGO = Pattern.compile("(\\d+|" + CN + ")\\s?(?:天|日)(?:前|以前|之前|了)");
    private static final Pattern WEEKDAY = Pattern.compile("(上|这|這|本)(?:个|個)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])");
    private static final Pattern DAYS_AGO_EN = Pattern.compile("(?i)(\\d+)\\s+days?\\s+ago");
    private static final Pattern LAST_WEEKDAY_EN = Pattern.compile("(?i)last\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:：]([0-5]\\d)(?!\\d)");
    private static final Pattern CHINESE_CLOCK = Pattern.compile("(上午|早上|中午|下午|晚上)?(\\d{1,2}|" + CN + ")[点點](半|(\\d{1,2})分)?");

    private static final Pattern GROUP = Pattern.compile("(\\d+|" + CN + ")\\s?多?\\s?(?:户|戶|家人家|家住户|位业主|个业主|個業主|名业主|名業主|位客户|名客户|名客戶|个客户|個客戶|位投资者|名投资者|个家长|個家長|位家长|名家長|位家長)");
    private static final Pattern GROUP_EN = Pattern.compile("(?i)(\\d+)\\s+(?:households|families|homeowners|owners|customers|investors|parents|residents)");

    private static final Map<String, Integer> RELATIVE_DAYS = Map.of(
            "大前天", 3, "前天", 2, "昨天", 1, "昨日", 1, "今天", 0, "今日", 0, "yesterday", 1, "today", 0);

    private EntityExtractor() {}

    public static Entities extract(String text, LocalDate today) {
        List<TicketNumber> tickets = new ArrayList<>();
        for (Matcher m = TICKET.matcher(text); m.find(); ) {
            tickets.add(TicketNumber.parse(m.group()));
        }
        String rest = TICKET.matcher(text).replaceAll(" ");

        List<String> phones = new ArrayList<>();
        for (Matcher m = PersonalData.PHONE.matcher(rest); m.find(); ) {
            phones.add(m.group().replaceAll("[ -]", ""));
        }
        String withoutPhones = PersonalData.PHONE.matcher(rest).replaceAll(" ");

        List<String> accounts = new ArrayList<>();
        for (Matcher m = LABELLED_ACCOUNT.matcher(withoutPhones); m.find(); ) {
            accounts.add(m.group(1));
        }
        for (Matcher m = LONG_NUMBER.matcher(withoutPhones); m.find(); ) {
            if (!accounts.contains(m.group())) {
                accounts.add(m.group());
            }
        }
        return new Entities(phones, accounts, tickets, amounts(withoutPhones), dates(rest, today), times(rest), groups(withoutPhones));
    }

    private static List<Amount> amounts(String text) {
        List<Amount> amounts = new ArrayList<>();
        for (Matcher m = MONEY_SYMBOL.matcher(text); m.find(); ) {
            amounts.add(new Amount(decimal(m.group(2)), currency(m.group(1))));
        }
        for (Matcher m = MONEY_UNIT.matcher(text); m.find(); ) {
            BigDecimal value = m.group(2).isEmpty() ? decimal(m.group(1)) : ChineseNumber.scaled(m.group(1).replace(",", ""), m.group(2).charAt(0));
            amounts.add(new Amount(value, "CNY"));
        }
        for (Matcher m = MONEY_CHINESE.matcher(text); m.find(); ) {
            OptionalLong value = ChineseNumber.parse(m.group(1));
            if (value.isPresent() && value.getAsLong() > 0) {
                amounts.add(new Amount(BigDecimal.valueOf(value.getAsLong()), "CNY"));
            }
        }
        return amounts;
    }

    private static List<LocalDate> dates(String text, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        for (Matcher m = FULL_DATE.matcher(text); m.find(); ) {
            date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), dates);
        }
        for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            // Customers speak of the past: a month and day still ahead this year happened last year.
            boolean ahead = month > today.getMonthValue() || (month == today.getMonthValue() && day > today.getDayOfMonth());
            date(today.getYear() - (ahead ? 1 : 0), month, day, dates);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        RELATIVE_DAYS.forEach((word, days) -> {
            if (lower.contains(word) && !(word.equals("前天") && lower.contains("大前天"))) {
                dates.add(today.minusDays(days));
            }
        });
        for (Matcher m = DAYS_AGO.matcher(text); m.find(); ) {
            count(m.group(1)).ifPresent(n -> dates.add(today.minusDays(n)));
        }
        for (Matcher m = DAYS_AGO_EN.matcher(text); m.find(); ) {
            dates.add(today.minusDays(Long.parseLong(m.group(1))));
        }
        for (Matcher m = WEEKDAY.matcher(text); m.find(); ) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (m.group(1).equals("上")) {
                monday = monday.minusWeeks(1);
            }
            dates.add(monday.plusDays("一二三四五六日天".indexOf(m.group(2)) - (m.group(2).equals("天") ? 1 : 0)));
        }
        for (Matcher m = LAST_WEEKDAY_EN.matcher(text); m.find(); ) {
            dates.add(today.with(TemporalAdjusters.previous(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)))));
        }
        return dates;
    }

    private static List<Integer> groups(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (Matcher m = GROUP.matcher(text); m.find(); ) {
            count(m.group(1)).ifPresent(n -> sizes.add((int) Math.min(n, Integer.MAX_VALUE)));
        }
        for (Matcher m = GROUP_EN.matcher(text); m.find(); ) {
            sizes.add(Integer.parseInt(m.group(1)));
        }
        return sizes;
    }

    private static List<LocalTime> times(String text) {
        List<LocalTime> times = new ArrayList<>();
        for (Matcher m = CLOCK.matcher(text); m.find(); ) {
            times.add(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        for (Matcher m = CHINESE_CLOCK.matcher(text); m.find(); ) {
            OptionalLong hour = count(m.group(2));
            if (hour.isEmpty() || hour.getAsLong() > 23) {
                continue;
            }
            int h = (int) hour.getAsLong();
            String period = m.group(1);
            if (period != null && (period.equals("下午") || period.equals("晚上")) && h < 12) {
                h += 12;
            }
            int minute = m.group(3) == null ? 0 : m.group(3).equals("半") ? 30 : Integer.parseInt(m.group(4));
            if (minute < 60) {
                times.add(LocalTime.of(h, minute));
            }
        }
        return times;
    }

    private static OptionalLong count(String digitsOrChinese) {
        return Character.isDigit(digitsOrChinese.charAt(0))
                ? OptionalLong.of(Long.parseLong(digitsOrChinese))
                : ChineseNumber.parse(digitsOrChinese);
    }

    private static void date(int year, int month, int day, List<LocalDate> into) {
        try {
            into.add(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            // Not a date after all (e.g. 2026-13-01): nothing to read.
        }
    }

    private static BigDecimal decimal(String number) {
        return new BigDecimal(number.replace(",", ""));
    }

    private static String currency(String symbol) {
        return switch (symbol) {
            case "HK$" -> "HKD";
            case "NT$" -> "TWD";
            case "$", "US$" -> "USD";
            default -> "CNY";
        };
    }
}
