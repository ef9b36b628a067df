package io.anxin.core.privacy;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
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

    /**
     * @param worthTrying a cheap test the text must pass for the pattern to have any chance: most log lines carry no
     *                    personal data, and nine regular expressions over every line cost more than the rest of it
     */
    private record Rule(Predicate<Shape> worthTrying, Pattern pattern, Function<String, String> mask) {}

    /**
     * What one pass over the text finds, each a necessary condition of some rule: an {@code @}; the most digits in one
     * run where a single space or dash may stand between two digits (a phone, card or ID number has 9 or more); the
     * longest run of {@code [A-Za-z0-9_-]} (an OpenID has 28); a 号 or 號 (a Chinese street number); an ASCII digit
     * followed by white space and a capital (an English street address).
     */
    private record Shape(boolean at, int digitRun, int wordRun, boolean hao, boolean numberedName) {

        static Shape of(String text) {
            boolean at = false;
            boolean hao = false;
            boolean numberedName = false;
            int digits = 0;
            int mostDigits = 0;
            int word = 0;
            int longestWord = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                boolean digit = isDigit(c);
                if (digit) {
                    mostDigits = Math.max(mostDigits, ++digits);
                } else if (!((c == ' ' || c == '-') && digits > 0 && i + 1 < n && isDigit(text.charAt(i + 1)))) {
                    digits = 0;
                }
                if (digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-') {
                    longestWord = Math.max(longestWord, ++word);
                } else {
                    word = 0;
                }
                if (c == '@') {
                    at = true;
                } else if (c == '号' || c == '號') {
                    hao = true;
                } else if (digit && !numberedName) {
                    numberedName = capitalAfterSpace(text, i + 1);
                }
            }
            return new Shape(at, mostDigits, longestWord, hao, numberedName);
        }

        /** A run of digits as long as the shortest number masked: an international number, +1 23 456 789. */
        boolean longNumber() {
            return digitRun >= 9;
        }

        /** A word as long as a WeChat OpenID. */
        boolean openIdLong() {
            return wordRun >= 28;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** White space (as {@code \s} means it) from {@code from} on, then a capital A to Z. */
        private static boolean capitalAfterSpace(String text, int from) {
            int i = from;
            while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            return i > from && i < text.length() && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z';
        }
    }

    /** Mainland mobiles (optionally +86) and landlines with an area code: what a customer gives as a phone number. */
    public static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}|0\\d{2,3}-\\d{7,8})(?![0-9])");

    private static final List<Rule> RULES = List.of(
            new Rule(Shape::at, Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"), PersonalData::maskEmail),
            // 18-character resident ID: 17 digits and a digit or X.
            new Rule(Shape::longNumber, Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])"), s -> keepEnds(s, 0, 4)),
            // Bank cards and account numbers: 12 to 19 digits, possibly grouped by spaces or dashes.
            new Rule(Shape::longNumber, Pattern.compile("(?<![0-9])\\d{4}(?:[ -]?\\d{4}){2,3}(?:[ -]?\\d{1,3})?(?![0-9])"), s -> keepEnds(s, 0, 4)),
            // Mainland mobiles, optionally with +86.
            new Rule(Shape::longNumber, Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9])"), s -> keepEnds(s, 3, 4)),
            // Landlines with area code, and other international numbers.
            new Rule(Shape::longNumber, Pattern.compile("(?<![0-9])0\\d{2,3}-\\d{7,8}(?![0-9])"), s -> keepEnds(s, 4, 2)),
            new Rule(Shape::longNumber, Pattern.compile("\\+\\d{1,3}[ -]?\\d{2,4}[ -]?\\d{3,4}[ -]?\\d{3,4}(?![0-9])"), s -> keepEnds(s, 3, 2)),
            // WeChat OpenIDs: 28 characters starting with "o".
            new Rule(Shape::openIdLong, Pattern.compile("(?<![A-Za-z0-9_-])o[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])"), s -> keepEnds(s, 1, 2)),
            // Street addresses: a road, lane or street with its number (and building, unit, room), in Chinese
            // (简繁) or English: the road's name (up to six characters before 路, 街…), its number and the rest go.
            new Rule(Shape::hao, Pattern.compile("[\\p{IsHan}]{0,6}?(?:路|街|大道|巷|弄|胡同)(?:[一二三四五六七八九十0-9]+段)?\\s*[0-9０-９]+\\s*[号號]"
                    + "(?:\\s*[0-9０-９A-Za-z一二三四五六七八九十]+\\s*(?:栋|棟|幢|号楼|號樓|单元|單元|楼|樓|层|層|室))*"),
                    s -> ADDRESS),
            new Rule(Shape::numberedName, Pattern.compile("\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s+){1,3}"
                    + "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way)\\b\\.?"), s -> ADDRESS));

    private PersonalData() {}

    public static String mask(String text) {
        return mask(text, true);
    }

    /** @param guarded false to try every pattern whatever the text's shape: what the guards must never change */
    static String mask(String text, boolean guarded) {
        String result = text;
        Shape shape = Shape.of(text);
        for (Rule rule : RULES) {
            if (guarded && !rule.worthTrying().test(shape)) {
                continue;
            }
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
