package io.anxin.core.entity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;

/** Chinese numerals as customers write them: 两千, 三百五十, 一万二, 十五, 2千, 1.5万. */
final class ChineseNumber {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('壹', 1), Map.entry('二', 2),
            Map.entry('两', 2), Map.entry('兩', 2), Map.entry('贰', 2), Map.entry('三', 3), Map.entry('叁', 3),
            Map.entry('四', 4), Map.entry('肆', 4), Map.entry('五', 5), Map.entry('伍', 5), Map.entry('六', 6),
            Map.entry('陆', 6), Map.entry('七', 7), Map.entry('柒', 7), Map.entry('八', 8), Map.entry('捌', 8),
            Map.entry('九', 9), Map.entry('玖', 9));

    private static final Map<Character, Long> UNITS = Map.of(
            '十', 10L, '拾', 10L, '百', 100L, '佰', 100L, '千', 1000L, '仟', 1000L);

    private static final Map<Character, Long> SECTIONS = Map.of('万', 10_000L, '萬', 10_000L, '亿', 100_000_000L, '億', 100_000_000L);

    static final String CHARS = "零〇一壹二两兩贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億";

    private ChineseNumber() {}

    /** The value of a run of Chinese numeral characters, or empty if it is not one. */
    static OptionalLong parse(String text) {
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        long lastUnit = 1;
        boolean zeroAfterUnit = false;
        for (char c : text.toCharArray()) {
            Integer d = DIGITS.get(c);
            if (d != null) {
                zeroAfterUnit |= d == 0;
                digit = d;
                continue;
            }
            zeroAfterUnit = false;
            Long unit = UNITS.get(c);
            if (unit != null) {
                section += (digit < 0 ? 1 : digit) * unit;
                lastUnit = unit;
                digit = -1;
                continue;
            }
            Long big = SECTIONS.get(c);
            if (big != null) {
                section += Math.max(digit, 0);
                total += section * big;
                section = 0;
                digit = -1;
                lastUnit = big;
                continue;
            }
            return OptionalLong.empty();
        }
        if (digit >= 0) {
            // 一万二 is 12,000 and 三百五 is 350: a trailing digit counts in the unit below the last one,
            // unless a 零 stood between them (一百零五 is 105).
            section += lastUnit >= 10 && !zeroAfterUnit ? digit * (lastUnit / 10) : digit;
        }
        return OptionalLong.of(total + section);
    }

    /** An Arabic number with a Chinese multiplier: 2千, 1.5万. */
    static BigDecimal scaled(String number, char unit) {
        BigDecimal value = new BigDecimal(number);
        Long big = SECTIONS.get(unit);
        Long small = UNITS.get(unit);
        long factor = big != null ? big : small != null ? small : 1;
        return value.multiply(BigDecimal.valueOf(factor));
    }
}
