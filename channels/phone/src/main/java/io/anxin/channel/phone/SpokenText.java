package io.anxin.channel.phone;

import io.anxin.core.message.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A written reply made fit to be spoken by text-to-speech: short sentences, identifiers and long numbers read digit by
 * digit (a ticket number read as "two hundred and two thousand…" cannot be written down), clock times as a person says
 * them, and no symbols (a voice reading out "hyphen" or "quotation mark" sounds broken).
 */
final class SpokenText {

    /** Longer sentences are split at a comma: a caller cannot keep more in mind at once. */
    private static final int MAX_CHINESE = 40;
    private static final int MAX_ENGLISH = 120;

    private static final String[] CHINESE_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] ENGLISH_DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine"};

    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    /** Three digits or more, or digits stuck to letters (C-202611-0001, A12): identifiers, read one by one. */
    private static final Pattern DIGITS = Pattern.compile("\\d{3,}|(?<=[A-Za-z])\\d+|\\d+(?=[A-Za-z])");
    /** Everything that is neither a letter, a digit, a space nor punctuation a voice pauses at. */
    private static final Pattern SYMBOLS = Pattern.compile("[^\\p{L}\\p{N}\\s'。，、！？；：,.!?;:]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])|(?<=\\.)\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，、,])");

    private SpokenText() {}

    /** The sentences to say, in order. */
    static List<String> sentences(String text, Lang lang) {
        String spoken = SYMBOLS.matcher(digits(times(text, lang), lang)).replaceAll(" ");
        spoken = spoken.replaceAll("\\s*([。，、！？；：,.!?;:])", "$1").replaceAll("\\s+", " ").strip();
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(spoken)) {
            split(sentence.strip(), lang == Lang.EN ? MAX_ENGLISH : MAX_CHINESE, sentences);
        }
        return sentences;
    }

    /** The whole text as one string of short sentences, for a single {@code <Say>}. */
    static String spoken(String text, Lang lang) {
        return String.join(lang == Lang.EN ? " " : "", sentences(text, lang));
    }

    private static void split(String sentence, int max, List<String> out) {
        if (sentence.isEmpty() || sentence.matches("[。，、！？；：,.!?;:\\s]+")) {
            return;
        }
        if (sentence.length() <= max) {
            out.add(sentence);
            return;
        }
        StringBuilder part = new StringBuilder();
        for (String clause : CLAUSE_END.split(sentence)) {
            if (part.length() > 0 && part.length() + clause.length() > max) {
                out.add(part.toString().strip());
                part.setLength(0);
            }
            part.append(clause);
        }
        if (part.length() > 0) {
            out.add(part.toString().strip());
        }
    }

    private static String times(String text, Lang lang) {
        Matcher m = TIME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            String said = switch (lang) {
                case ZH_HANS -> hour + "点" + (minute == 0 ? "" : minute + "分");
                case ZH_HANT -> hour + "點" + (minute == 0 ? "" : minute + "分");
                case EN -> minute == 0 ? hour + " o'clock" : hour + " " + (minute < 10 ? "oh " + minute : minute);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(" " + said + " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String digits(String text, Lang lang) {
        Matcher m = DIGITS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder said = new StringBuilder(" ");
            for (char c : m.group().toCharArray()) {
                said.append(lang == Lang.EN ? ENGLISH_DIGITS[c - '0'] + " " : CHINESE_DIGITS[c - '0']);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(said.append(' ').toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
