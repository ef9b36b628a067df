package io.anxin.nlp.flags;

import io.anxin.core.triage.RiskFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a text that tells which flags have at least one of their literals in it. The
 * literals are indexed by their first character, so each character of the text costs one array
 * look-up, and only the few literals starting with it are compared.
 */
final class KeywordGate {

    private static final RiskFlag[] FLAGS = RiskFlag.values();

    /** Literals by first character; null where no literal starts with that character. */
    private final String[][] literals = new String[Character.MAX_VALUE + 1][];
    /** Flag bit masks parallel to {@link #literals}. */
    private final int[][] masks = new int[Character.MAX_VALUE + 1][];

    KeywordGate(Map<RiskFlag, List<String>> keywords) {
        List<List<String>> words = new ArrayList<>();
        List<List<Integer>> bits = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            words.add(null);
            bits.add(null);
        }
        keywords.forEach((flag, list) -> {
            for (String word : list) {
                char first = word.charAt(0);
                if (words.get(first) == null) {
                    words.set(first, new ArrayList<>());
                    bits.set(first, new ArrayList<>());
                }
                words.get(first).add(word);
                bits.get(first).add(1 << flag.ordinal());
            }
        });
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (words.get(c) != null) {
                literals[c] = words.get(c).toArray(String[]::new);
                masks[c] = bits.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    Set<RiskFlag> candidates(String text) {
        int found = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            String[] words = literals[text.charAt(i)];
            if (words == null) {
                continue;
            }
            int[] bits = masks[text.charAt(i)];
            for (int w = 0; w < words.length; w++) {
                if ((found & bits[w]) == 0 && text.startsWith(words[w], i)) {
                    found |= bits[w];
                }
            }
        }
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        for (RiskFlag flag : FLAGS) {
            if ((found & (1 << flag.ordinal())) != 0) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
