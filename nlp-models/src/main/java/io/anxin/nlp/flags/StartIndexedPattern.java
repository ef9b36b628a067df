package io.anxin.nlp.flags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alternation of regular expressions that, at each position of a text, tries only the
 * branches that can start with the character found there. {@code Matcher.find()} tries every
 * branch of a large alternation at every position; most positions hold a character that no
 * branch starts with, and at the others only a few branches qualify.
 *
 * <p>The characters that can start each top-level branch are found once, when the pattern is
 * built: a character can start a branch if a match attempt at it succeeds or runs out of input
 * ({@link Matcher#hitEnd()}). Only the characters written in the branch, ASCII and digits can be
 * such characters, unless the branch starts with a wildcard or a negated class; then a character
 * written nowhere in the expression qualifies too, and the branch is tried at every position. A
 * branch anchored with {@code ^} is covered by always trying every branch at position 0.
 * {@code RiskFlagDetectorTest} checks on the whole corpus that {@link #find(CharSequence)} agrees
 * with {@code Matcher.find()} of the whole alternation.
 */
final class StartIndexedPattern {

    /** A character no pattern of this package contains, to detect branches that start with a wildcard. */
    private static final char PROBE = '\u9F98';

    private final Pattern whole;
    /** Per character, 1 + the index in {@link #byStart} of the branches that can start with it; 0 for none. */
    private final short[] index = new short[Character.MAX_VALUE + 1];
    private final List<Pattern> byStart = new ArrayList<>();

    /** @param regexes alternatives; each may itself be an alternation */
    StartIndexedPattern(List<String> regexes) {
        List<String> branches = new ArrayList<>();
        for (String regex : regexes) {
            branches.addAll(topLevelBranches(regex));
        }
        this.whole = Pattern.compile(join(branches));
        List<Pattern> compiled = branches.stream().map(Pattern::compile).toList();
        List<String> wildcard = new ArrayList<>();
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            chars.append(c);
        }
        for (int b = 0; b < branches.size(); b++) {
            if (canStart(compiled.get(b), PROBE)) {
                wildcard.add(branches.get(b));
            }
            chars.append(branches.get(b));
        }
        Map<String, Short> bySet = new HashMap<>();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (index[c] != 0) {
                continue;
            }
            List<String> set = new ArrayList<>(wildcard);
            for (int b = 0; b < branches.size(); b++) {
                if (!wildcard.contains(branches.get(b)) && canStart(compiled.get(b), c)) {
                    set.add(branches.get(b));
                }
            }
            if (set.isEmpty()) {
                continue;
            }
            String key = join(set);
            index[c] = bySet.computeIfAbsent(key, k -> {
                byStart.add(Pattern.compile(k));
                return (short) byStart.size();
            });
        }
        if (!wildcard.isEmpty()) {
            // a branch that starts with a wildcard is tried at every position: fall back to the whole pattern
            java.util.Arrays.fill(index, (short) 0);
            byStart.clear();
        }
    }

    Pattern pattern() {
        return whole;
    }

    boolean find(CharSequence text) {
        if (byStart.isEmpty()) {
            return whole.matcher(text).find();
        }
        int length = text.length();
        if (length > 0 && atStart(whole, text, 0)) {
            return true;
        }
        for (int i = 1; i < length; i++) {
            int slot = index[text.charAt(i)];
            if (slot != 0 && atStart(byStart.get(slot - 1), text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean atStart(Pattern pattern, CharSequence text, int from) {
        return pattern.matcher(text).useAnchoringBounds(false).useTransparentBounds(true).region(from, text.length()).lookingAt();
    }

    /** Whether a match attempt at {@code c}, preceded by a space, succeeds or needs more input. */
    private static boolean canStart(Pattern pattern, char c) {
        Matcher matcher = pattern.matcher(" " + c);
        matcher.useAnchoringBounds(false).useTransparentBounds(true).region(1, 2);
        return matcher.lookingAt() || matcher.hitEnd();
    }

    private static String join(List<String> branches) {
        return String.join("|", branches.stream().map(r -> "(?:" + r + ")").toList());
    }

    /** Splits {@code regex} at the '|' that are outside every group and character class. */
    static List<String> topLevelBranches(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }
}
