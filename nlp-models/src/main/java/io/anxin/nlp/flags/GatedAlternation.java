package io.anxin.nlp.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An alternation of regular expressions whose branches are each tried only on a sentence that
 * holds one literal of each set the branch cannot match without ({@link RequiredLiterals}). Which
 * branches qualify is found for all alternations at once by one keyword scan of the sentence
 * ({@link BranchIndex}); a branch with no such literal is always tried. {@code Matcher.find()} of
 * the whole alternation tries every branch at every position, which made the flag patterns most
 * of the cost of a triage call on long messages. {@code RiskFlagDetectorTest} checks on the whole
 * corpus that the gated search finds exactly what the plain search of the whole alternation does.
 *
 * <p>A branch that qualifies is then tried only at the positions of the sentence holding a
 * character it can start with, and at the first: {@code Matcher.find()} tries it at every
 * position. The characters that can start a branch are found once, when it is built: a character
 * can start it if a match attempt at that character succeeds or runs out of input
 * ({@link Matcher#hitEnd()}). Only the characters written in the branch and ASCII can be such
 * characters, unless the branch starts with a wildcard or a negated class; then a character
 * written nowhere in the patterns qualifies too, and the branch is searched with {@code find()}.
 * None of the patterns starts with a positive lookbehind, the one construct for which a match
 * attempt at a lone character would not tell.
 */
final class GatedAlternation {

    private final Pattern whole;
    private final Pattern[] branches;
    /** Per branch, the sets of literals it needs one of each of ({@link RequiredLiterals#allOf}); empty if none. */
    private final List<List<Set<String>>> needs = new ArrayList<>();
    /** Per branch, the {@link BranchIndex} ids of its sets of literals after the first; set when indexed. */
    private final int[][] alsoNeeded;
    /** A character no pattern of this package contains, to detect branches that start with a wildcard. */
    private static final char PROBE = '\u9F98';

    /** Per branch, the sorted characters a match can start with, or null if it may start with any. */
    private final char @Nullable [][] starts;
    /** The branches with no literal to look for, tried on every sentence. */
    private final int[] always;
    /** Per thread, one matcher per branch, made when the branch is first tried. */
    private final ThreadLocal<Matcher[]> matchers;
    /** The index of this alternation's first branch in its {@link BranchIndex}; set when indexed. */
    private int firstId = -1;

    /** @param regexes alternatives; each may itself be an alternation */
    GatedAlternation(List<String> regexes) {
        List<String> split = new ArrayList<>();
        for (String regex : regexes) {
            split.addAll(topLevelBranches(regex));
        }
        this.whole = Pattern.compile(String.join("|", split.stream().map(r -> "(?:" + r + ")").toList()));
        this.branches = split.stream().map(r -> Pattern.compile(withoutCaptures(r))).toArray(Pattern[]::new);
        for (String branch : split) {
            needs.add(RequiredLiterals.allOf(branch));
        }
        this.alsoNeeded = new int[split.size()][0];
        int count = split.size();
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[count]);
        this.always = java.util.stream.IntStream.range(0, split.size()).filter(b -> needs.get(b).isEmpty()).toArray();
        this.starts = new char[branches.length][];
        for (int b = 0; b < branches.length; b++) {
            starts[b] = startCharacters(branches[b], split.get(b));
        }
    }

    Pattern pattern() {
        return whole;
    }

    int size() {
        return branches.length;
    }

    /** The sets of literals branch {@code b} needs one of each of, or none if it is always tried. */
    List<Set<String>> needs(int b) {
        return needs.get(b);
    }

    /** Called by the index: branch {@code b}'s id is {@code firstId + b}, and its other sets of literals have {@code alsoNeeded}. */
    void indexedFrom(int firstId) {
        this.firstId = firstId;
    }

    void alsoNeeds(int b, int[] ids) {
        alsoNeeded[b] = ids;
    }

    /** Whether any branch matches in {@code sentence}, trying only those {@code candidates} (from {@link BranchIndex#scan}) allows. */
    boolean find(String sentence, long[] candidates) {
        for (int b : always) {
            if (find(b, sentence)) {
                return true;
            }
        }
        // only the set bits of this alternation's range, a word at a time: most words are zero
        int end = firstId + branches.length;
        for (int word = firstId >>> 6; word <= (end - 1) >>> 6; word++) {
            long bits = candidates[word];
            while (bits != 0) {
                int id = (word << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (id >= firstId && id < end && all(alsoNeeded[id - firstId], candidates) && find(id - firstId, sentence)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean all(int[] ids, long[] found) {
        for (int id : ids) {
            if ((found[id >>> 6] & (1L << id)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether branch {@code b} matches somewhere in {@code sentence}, tried where it can start. */
    private boolean find(int b, String sentence) {
        Matcher matcher = matcher(b, sentence);
        char[] first = starts[b];
        if (first == null) {
            return matcher.find();
        }
        int length = sentence.length();
        for (int i = 0; i < length; i++) {
            // position 0 always: a branch anchored with ^ can start nowhere else
            if (i == 0 || java.util.Arrays.binarySearch(first, sentence.charAt(i)) >= 0) {
                if (matcher.region(i, length).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * This thread's matcher of branch {@code b}, reset to {@code sentence}: a new {@code Matcher}
     * per branch tried was a tenth of a triage call, most of it allocating and clearing its arrays.
     */
    private Matcher matcher(int b, String sentence) {
        Matcher[] mine = matchers.get();
        Matcher matcher = mine[b];
        if (matcher == null) {
            matcher = branches[b].matcher(sentence).useAnchoringBounds(false).useTransparentBounds(true);
            mine[b] = matcher;
            return matcher;
        }
        // reset(input) keeps the bounds settings and restores the whole region
        return matcher.reset(sentence);
    }

    /**
     * {@code regex} with every capturing group made non-capturing: only whether a branch matches is
     * asked, and a matcher saves and clears the positions of each capturing group on every attempt.
     * The patterns have no back references, which would need them.
     */
    static String withoutCaptures(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (Character.isDigit(next) && next != '0' || next == 'k') {
                    throw new IllegalArgumentException("a back reference needs its group: " + regex);
                }
                out.append(next);
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    out.append(regex.charAt(++i));
                }
            } else if (c == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
                out.append("?:");
            }
        }
        return out.toString();
    }

    private static char @Nullable [] startCharacters(Pattern branch, String regex) {
        if (canStart(branch, PROBE)) {
            return null;
        }
        java.util.TreeSet<Character> chars = new java.util.TreeSet<>();
        for (char c = 0; c < 128; c++) {
            if (canStart(branch, c)) {
                chars.add(c);
            }
        }
        for (char c : regex.toCharArray()) {
            if (c >= 128 && canStart(branch, c)) {
                chars.add(c);
            }
        }
        char[] out = new char[chars.size()];
        int i = 0;
        for (char c : chars) {
            out[i++] = c;
        }
        return out;
    }

    /** Whether a match attempt at {@code c}, preceded by a space, succeeds or needs more input. */
    private static boolean canStart(Pattern pattern, char c) {
        Matcher matcher = pattern.matcher(" " + c);
        matcher.useAnchoringBounds(false).useTransparentBounds(true).region(1, 2);
        return matcher.lookingAt() || matcher.hitEnd();
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
