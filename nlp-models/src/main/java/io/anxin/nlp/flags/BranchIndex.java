package io.anxin.nlp.flags;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Aho-Corasick automaton over the required literals of every branch of a set of
 * {@link GatedAlternation}s: a single pass over a sentence, one or two array look-ups per
 * character, tells which branches of all the flag patterns are worth trying on it.
 */
final class BranchIndex {

    private final int branchCount;
    /** Transitions from the root, by character: most characters of a message fail at the root. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    /** Other transitions: open addressing on (state &lt;&lt; 16 | char); values are 1 + the next state. */
    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final int[] fail;
    /** Per state, the branches whose literal ends there or at one of its suffixes. */
    private final int[][] out;

    BranchIndex(List<GatedAlternation> alternations) {
        Map<String, Set<Integer>> branchesByLiteral = new LinkedHashMap<>();
        int id = 0;
        for (GatedAlternation alternation : alternations) {
            alternation.indexedFrom(id);
            for (int b = 0; b < alternation.size(); b++, id++) {
                Set<String> literals = alternation.literals(b);
                if (literals != null) {
                    for (String literal : literals) {
                        branchesByLiteral.computeIfAbsent(literal, k -> new TreeSet<>()).add(id);
                    }
                }
            }
        }
        this.branchCount = id;

        // the trie
        List<Map<Character, Integer>> next = new ArrayList<>();
        List<Set<Integer>> ends = new ArrayList<>();
        next.add(new HashMap<>());
        ends.add(new TreeSet<>());
        branchesByLiteral.forEach((literal, branches) -> {
            int state = 0;
            for (char c : literal.toCharArray()) {
                Integer to = next.get(state).get(c);
                if (to == null) {
                    to = next.size();
                    next.get(state).put(c, to);
                    next.add(new HashMap<>());
                    ends.add(new TreeSet<>());
                }
                state = to;
            }
            ends.get(state).addAll(branches);
        });

        // failure links, breadth first, and the outputs they bring
        int states = next.size();
        this.fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int f = fail[state];
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail[f];
                }
                Integer target = next.get(f).get(edge.getKey());
                fail[child] = target != null && target != child ? target : 0;
                ends.get(child).addAll(ends.get(fail[child]));
                queue.add(child);
            }
        }
        this.out = new int[states][];
        for (int s = 0; s < states; s++) {
            out[s] = ends.get(s).stream().mapToInt(Integer::intValue).toArray();
        }

        int edges = next.stream().mapToInt(Map::size).sum();
        int capacity = Integer.highestOneBit(Math.max(4, edges) * 3) << 1;
        this.keys = new long[capacity];
        this.values = new int[capacity];
        this.mask = capacity - 1;
        for (int s = 0; s < states; s++) {
            for (Map.Entry<Character, Integer> edge : next.get(s).entrySet()) {
                if (s == 0) {
                    rootNext[edge.getKey()] = edge.getValue();
                } else {
                    long key = key(s, edge.getKey());
                    int slot = slot(key);
                    while (values[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = key;
                    values[slot] = edge.getValue() + 1;
                }
            }
        }
    }

    /** A bit set over the branches of all indexed alternations: set for those whose literal occurs in {@code text}. */
    long[] scan(CharSequence text) {
        long[] found = new long[(branchCount + 63) >>> 6];
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int to = step(state, c);
            while (to < 0) {
                state = fail[state];
                to = step(state, c);
            }
            state = to;
            for (int branch : out[state]) {
                found[branch >>> 6] |= 1L << branch;
            }
        }
        return found;
    }

    /** The next state, or -1 if there is no edge (the root always has one: to itself). */
    private int step(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        long key = key(state, c);
        for (int slot = slot(key); values[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot] - 1;
            }
        }
        return -1;
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    @Override
    public String toString() {
        return "BranchIndex[" + branchCount + " branches, " + fail.length + " states, " + Arrays.stream(out).mapToInt(o -> o.length).sum() + " outputs]";
    }
}
