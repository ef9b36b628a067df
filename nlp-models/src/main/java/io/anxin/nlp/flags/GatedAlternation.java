package io.anxin.nlp.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An alternation of regular expressions whose branches are each tried only on a sentence that
 * holds one of the literals the branch cannot match without ({@link RequiredLiterals}). Which
 * branches qualify is found for all alternations at once by one keyword scan of the sentence
 * ({@link BranchIndex}); a branch with no such literal is always tried. {@code Matcher.find()} of
 * the whole alternation tries every branch at every position, which made the flag patterns most
 * of the cost of a triage call on long messages. {@code RiskFlagDetectorTest} checks on the whole
 * corpus that the gated search finds exactly what the plain search of the whole alternation does.
 */
final class GatedAlternation {

    private final Pattern whole;
    private final Pattern[] branches;
    private final List<@Nullable Set<String>> literals = new ArrayList<>();
    /** The branches with no literal to look for, tried on every sentence. */
    private final int[] always;
    /** The index of this alternation's first branch in its {@link BranchIndex}; set when indexed. */
    private int firstId = -1;

    /** @param regexes alternatives; each may itself be an alternation */
    GatedAlternation(List<String> regexes) {
        List<String> split = new ArrayList<>();
        for (String regex : regexes) {
            split.addAll(topLevelBranches(regex));
        }
        this.whole = Pattern.compile(String.join("|", split.stream().map(r -> "(?:" + r + ")").toList()));
        this.branches = split.stream().map(Pattern::compile).toArray(Pattern[]::new);
        for (String branch : split) {
            literals.add(RequiredLiterals.of(branch));
        }
        this.always = java.util.stream.IntStream.range(0, split.size()).filter(b -> literals.get(b) == null).toArray();
    }

    Pattern pattern() {
        return whole;
    }

    int size() {
        return branches.length;
    }

    /** The literals one of which branch {@code b} needs, or null if it is always tried. */
    @Nullable Set<String> literals(int b) {
        return literals.get(b);
    }

    void indexedFrom(int firstId) {
        this.firstId = firstId;
    }

    /** Whether any branch matches in {@code sentence}, trying only those {@code candidates} (from {@link BranchIndex#scan}) allows. */
    boolean find(String sentence, long[] candidates) {
        for (int b : always) {
            if (branches[b].matcher(sentence).find()) {
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
                if (id >= firstId && id < end && branches[id - firstId].matcher(sentence).find()) {
                    return true;
                }
            }
        }
        return false;
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
