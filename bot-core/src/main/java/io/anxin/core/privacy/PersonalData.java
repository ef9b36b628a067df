package io.anxin.core.privacy;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text (001 ICP rules: protect customer privacy): e-mail addresses,
 * resident ID numbers, bank card and account numbers, phone numbers, WeChat OpenIDs and street
 * addresses. Enough is kept to tell two customers apart in a log, never enough to reach one.
 */
public final class PersonalData {

    /** What an address becomes: nothing of it is kept. */
    public static final String ADDRESS = "[address]";

    private record Rule(Pattern pattern, Function<String, String> mask) {}

    /** Mainland mobiles (optionally +86) and landlines with an area code: what a customer gives as a phone number. */
    public static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}|0\\d{2,3}-\\d{7,8})(?![0-9])");

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"), PersonalData::maskEmail),
            // 18-character resident ID: 17 digits and a digit or X.
            new Rule(Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])"), s -> keepEnds(s, 0, 4)),
            // Bank cards and account numbers: 12 to 19 digits, possibly grouped by spaces or dashes.
            new Rule(Pattern.compile("(?<![0-9])\\d{4}(?:[ -]?\\d{4}){2,3}(?:[ -]?\\d{1,3})?(?![0-9])"), s -> keepEnds(s, 0, 4)),
            // Mainland mobiles, optionally with +86.
            new Rule(Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9])"), s -> keepEnds(s, 3, 4)),
            // Landlines with area code, and other international numbers.
            new Rule(Pattern.compile("(?<![0-9])0\\d{2,3}-\\d{7,8}(?![0-9])"), s -> keepEnds(s, 4, 2)),
            new Rule(Pattern.compile("\\+\\d{1,3}[ -]?\\d{2,4}[ -]?\\d{3,4}[ -]?\\d{3,4}(?![0-9])"), s -> keepEnds(s, 3, 2)),
            // WeChat OpenIDs: 28 characters starting with "o".
            new Rule(Pattern.compile("(?<![A-Za-z0-9_-])o[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])"), s -> keepEnds(s, 1, 2)),
            // Street addresses: a road, lane or street with its number (and building, unit, room), in Chinese
            // (简繁) or English: the road's name (up to six characters before 路, 街…), its number and the rest go.
            new Rule(Pattern.compile("[\\p{IsHan}]{0,6}?(?:路|街|大道|巷|弄|胡同)(?:[一二三四五六七八九十0-9]+段)?\\s*[0-9０-９]+\\s*[号號]"
                    + "(?:\\s*[0-9０-９A-Za-z一二三四五六七八九十]+\\s*(?:栋|棟|幢|号楼|號樓|单元|單元|楼|樓|层|層|室))*"),
                    s -> ADDRESS),
            new Rule(Pattern.compile("\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s+){1,3}"
                    + "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way)\\b\\.?"), s -> ADDRESS));

    private PersonalData() {}

    public static String mask(String text) {
        String result = text;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(result);
            StringBuilder out = new StringBuilder(result.length());
            boolean found = false;
            while (m.find()) {
                found = true;
                m.appendReplacement(out, Matcher.quoteReplacement(rule.mask().apply(m.group())));
            }
            if (found) {
                m.appendTail(out);
                result = out.toString();
            }
        }
        return result;
    }

    private static String maskEmail(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Keeps {@code head} characters at the start and {@code tail} digits at the end, masking the digits between. */
    private static String keepEnds(String value, int head, int tail) {
        StringBuilder out = new StringBuilder(value.length());
        int digitsSeen = 0;
        int totalDigits = (int) value.chars().filter(Character::isLetterOrDigit).count();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                digitsSeen++;
                boolean keep = i < head || digitsSeen > totalDigits - tail;
                out.append(keep ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
