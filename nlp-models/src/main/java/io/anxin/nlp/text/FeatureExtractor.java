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
 *
 * <p>{@link #visit} is the one implementation: it hands each token to a {@link TokenSink} as
 * characters in a reused buffer, so that the triager looks tokens up without making a string of
 * each; {@link #featuresOfNormalized} collects the same tokens as strings for training.
 */
public final class FeatureExtractor {

    /** Receives the tokens of a message in order; {@code chars} is reused after the call returns. */
    @FunctionalInterface
    public interface TokenSink {
        void token(char[] chars, int length);
    }

    /** Whether each BMP character is of the Han script: {@link Character.UnicodeScript#of} is a binary search. */
    private static final boolean[] HAN = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            HAN[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    private static final char[] NUM = "<num>".toCharArray();
    private static final char[] EMOJI = "<emoji>".toCharArray();
    private static final char[] EMOJI_PREFIX = "emoji:".toCharArray();
    private static final char[] MANY_EXCLAMATIONS = "<many!>".toCharArray();
    private static final char[] MANY_QUESTIONS = "<many?>".toCharArray();
    private static final char[] SHORT = "<short>".toCharArray();
    private static final char[] LONG = "<long>".toCharArray();
    private static final char[] EMPTY = "<empty>".toCharArray();

    private FeatureExtractor() {}

    public static String[] features(String text) {
        return featuresOfNormalized(TextNormalizer.normalize(text));
    }

    public static String[] featuresOfNormalized(String normalized) {
        List<String> out = new ArrayList<>();
        visit(normalized, (chars, length) -> out.add(new String(chars, 0, length)));
        return out.toArray(String[]::new);
    }

    static boolean isHan(int cp) {
        return cp <= Character.MAX_VALUE ? HAN[cp] : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Hands every token of a normalised message to {@code sink}, in the order the models were trained on. */
    public static void visit(String normalized, TokenSink sink) {
        new Visit(normalized, sink).run();
    }

    /** The state of one pass over a message: a Han run, the pending words, and a token buffer. */
    private static final class Visit {
        private final String text;
        private final TokenSink sink;
        private final char[] buffer;
        private final char[] han;
        private int hanLength;
        /** Pending words as [start, end) in the text; start -1 stands for a number. */
        private int[] words = new int[16];
        private int wordCount;
        private int wordStart = -1;
        private int emitted;

        Visit(String text, TokenSink sink) {
            this.text = text;
            this.sink = sink;
            this.buffer = new char[2 * text.length() + 16];
            this.han = new char[text.length()];
        }

        void run() {
            int exclamations = 0;
            int questions = 0;
            int hanCount = 0;
            int length = text.length();
            for (int i = 0; i < length; ) {
                int cp = text.codePointAt(i);
                int at = i;
                i += Character.charCount(cp);
                boolean isHan = isHan(cp);
                boolean isWordChar = cp < 128 && (Character.isLetterOrDigit(cp) || cp == '\'');
                if (!isHan) {
                    flushHan();
                }
                if (!isWordChar) {
                    endWord(at);
                }
                if (isHan) {
                    // a supplementary Han character is cut to its low 16 bits, as the models were trained
                    han[hanLength++] = (char) cp;
                    hanCount++;
                    flushWords();
                } else if (isWordChar) {
                    if (wordStart < 0) {
                        wordStart = at;
                    }
                } else if (!Character.isWhitespace(cp)) {
                    flushWords();
                    if (cp == '!') {
                        exclamations++;
                        emit('!');
                    } else if (cp == '?') {
                        questions++;
                        emit('?');
                    } else if (isEmoji(cp)) {
                        System.arraycopy(EMOJI_PREFIX, 0, buffer, 0, EMOJI_PREFIX.length);
                        int n = Character.toChars(cp, buffer, EMOJI_PREFIX.length);
                        out(buffer, EMOJI_PREFIX.length + n);
                        emit(EMOJI);
                    }
                }
            }
            flushHan();
            endWord(length);
            flushWords();
            if (exclamations >= 3) {
                emit(MANY_EXCLAMATIONS);
            }
            if (questions >= 3) {
                emit(MANY_QUESTIONS);
            }
            if (hanCount > 0 && hanCount <= 4) {
                emit(SHORT);
            } else if (hanCount > 60) {
                emit(LONG);
            }
            if (emitted == 0) {
                emit(EMPTY);
            }
        }

        private void out(char[] chars, int length) {
            emitted++;
            sink.token(chars, length);
        }

        private void flushHan() {
            int n = hanLength;
            for (int i = 0; i < n; i++) {
                out(buffer, copy(i, 1));
                if (i + 1 < n) {
                    out(buffer, copy(i, 2));
                }
                if (i + 2 < n) {
                    out(buffer, copy(i, 3));
                }
            }
            hanLength = 0;
        }

        /** Copies {@code n} characters of the Han run from {@code from} into the buffer. */
        private int copy(int from, int n) {
            System.arraycopy(han, from, buffer, 0, n);
            return n;
        }

        private void endWord(int end) {
            if (wordStart < 0) {
                return;
            }
            boolean digits = true;
            for (int i = wordStart; i < end && digits; i++) {
                digits = Character.isDigit(text.charAt(i));
            }
            if (wordCount * 2 + 2 > words.length) {
                words = java.util.Arrays.copyOf(words, words.length * 2);
            }
            words[2 * wordCount] = digits ? -1 : wordStart;
            words[2 * wordCount + 1] = end;
            wordCount++;
            wordStart = -1;
        }

        private void flushWords() {
            for (int i = 0; i < wordCount; i++) {
                out(buffer, appendWord(i, 0));
                if (i + 1 < wordCount) {
                    int n = appendWord(i, 0);
                    buffer[n++] = '_';
                    out(buffer, appendWord(i + 1, n));
                }
            }
            wordCount = 0;
        }

        /** Writes word {@code w} into the buffer at {@code at}; returns the end. */
        private int appendWord(int w, int at) {
            int start = words[2 * w];
            if (start < 0) {
                System.arraycopy(NUM, 0, buffer, at, NUM.length);
                return at + NUM.length;
            }
            int end = words[2 * w + 1];
            text.getChars(start, end, buffer, at);
            return at + end - start;
        }

        private void emit(char c) {
            buffer[0] = c;
            out(buffer, 1);
        }

        private void emit(char[] token) {
            System.arraycopy(token, 0, buffer, 0, token.length);
            out(buffer, token.length);
        }
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
    }
}
