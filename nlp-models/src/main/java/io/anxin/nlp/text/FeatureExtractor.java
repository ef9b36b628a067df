package io.anxin.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a message into the tokens the document categorisers see. Training and inference both
 * call this before OpenNLP, so a model loaded from disk, whose bag-of-words generator OpenNLP
 * rebuilds with its no-argument constructor, sees exactly the features it was trained on.
 *
 * <p>Chinese has no spaces, so Chinese runs yield character unigrams, bigrams and trigrams;
 * Latin runs yield words and word bigrams; digits collapse to one token since amounts and dates
 * say little about intent; emoji, '!' and '?' are kept because they carry tone.
 */
public final class FeatureExtractor {

    private FeatureExtractor() {}

    public static String[] features(String text) {
        return featuresOfNormalized(TextNormalizer.normalize(text));
    }

    public static String[] featuresOfNormalized(String normalized) {
        List<String> out = new ArrayList<>();
        StringBuilder han = new StringBuilder();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int exclamations = 0;
        int questions = 0;
        int hanCount = 0;
        int length = normalized.length();
        for (int i = 0; i < length; ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            boolean isHan = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            boolean isWordChar = cp < 128 && (Character.isLetterOrDigit(cp) || cp == '\'');
            if (!isHan) {
                flushHan(han, out);
            }
            if (!isWordChar) {
                flushWord(word, words);
            }
            if (isHan) {
                han.append((char) cp);
                hanCount++;
                flushWords(words, out);
            } else if (isWordChar) {
                word.appendCodePoint(cp);
            } else if (!Character.isWhitespace(cp)) {
                flushWords(words, out);
                if (cp == '!') {
                    exclamations++;
                    out.add("!");
                } else if (cp == '?') {
                    questions++;
                    out.add("?");
                } else if (isEmoji(cp)) {
                    out.add("emoji:" + new String(Character.toChars(cp)));
                    out.add("<emoji>");
                }
            }
        }
        flushHan(han, out);
        flushWord(word, words);
        flushWords(words, out);
        if (exclamations >= 3) {
            out.add("<many!>");
        }
        if (questions >= 3) {
            out.add("<many?>");
        }
        if (hanCount > 0 && hanCount <= 4) {
            out.add("<short>");
        } else if (hanCount > 60) {
            out.add("<long>");
        }
        if (out.isEmpty()) {
            out.add("<empty>");
        }
        return out.toArray(String[]::new);
    }

    private static void flushHan(StringBuilder han, List<String> out) {
        int n = han.length();
        if (n == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf(han.charAt(i)));
            if (i + 1 < n) {
                out.add(han.substring(i, i + 2));
            }
            if (i + 2 < n) {
                out.add(han.substring(i, i + 3));
            }
        }
        han.setLength(0);
    }

    private static void flushWord(StringBuilder word, List<String> words) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (w.chars().allMatch(Character::isDigit)) {
            words.add("<num>");
        } else {
            words.add(w);
        }
    }

    private static void flushWords(List<String> words, List<String> out) {
        for (int i = 0; i < words.size(); i++) {
            out.add(words.get(i));
            if (i + 1 < words.size()) {
                out.add(words.get(i) + "_" + words.get(i + 1));
            }
        }
        words.clear();
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
    }
}
