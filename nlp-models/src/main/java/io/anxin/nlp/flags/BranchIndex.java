package io.anxin.nlp.flags;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Aho-Corasick automaton over the required literals of every branch of a set of
 * {@link GatedAlternation}s: a single pass over a sentence, one or two array look-ups per
 * character, tells which branches of all the flag patterns are worth trying on it. Each set of
 * literals a branch needs has its own id: the first is the branch's own, the others follow all
 * branches; a branch is worth trying when every one of its ids is found.
 */
final class BranchIndex {

    /** Branches plus the further sets of literals some of them need. */
    private final int idCount;
    /** Transitions from the root, by character: most characters of a message fail at the root. */
    private final char[] rootNext = new char[Character.MAX_VALUE + 1];
    /**
     * Other transitions, open addressing: (state &lt;&lt; 16 | char) in the high half of a long, 1 +
     * the next state in the low half, 0 for an empty slot. Everything the scan reads is kept small
     * and in few arrays: a triage call also walks the models' large table, and the two evict each
     * other from the CPU cache.
     */
    private final long[] transitions;
    private final int mask;
    private final char[] fail;
    /** The ids found at each state (its literal's and its suffixes'): {@code outIds[outStart[s] .. outStart[s + 1])}. */
    private final int[] outStart;
    private final int[] outIds;

    BranchIndex(List<GatedAlternation> alternations) {
        Map<String, Set<Integer>> branchesByLiteral = new LinkedHashMap<>();
        int id = 0;
        for (GatedAlternation alternation : alternations) {
            alternation.indexedFrom(id);
            id += alternation.size();
        }
        int branch = 0;
        for (GatedAlternation alternation : alternations) {
            for (int b = 0; b < alternation.size(); b++, branch++) {
                List<Set<String>> needs = alternation.needs(b);
                int[] also = new int[Math.max(0, needs.size() - 1)];
                for (int n = 0; n < needs.size(); n++) {
                    int needId = n == 0 ? branch : id++;
                    if (n > 0) {
                        also[n - 1] = needId;
                    }
                    for (String literal : needs.get(n)) {
                        branchesByLiteral.computeIfAbsent(literal, k -> new TreeSet<>()).add(needId);
                    }
                }
                alternation.alsoNeeds(b, also);
            }
        }
        this.idCount = id;

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
        if (states > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many literals to index: " + states + " states");
        }
        this.fail = new char[states];
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
                fail[child] = (char) (target != null && target != child ? target : 0);
                ends.get(child).addAll(ends.get(fail[child]));
                queue.add(child);
            }
        }
        this.outStart = new int[states + 1];
        this.outIds = ends.stream().flatMapToInt(e -> e.stream().mapToInt(Integer::intValue)).toArray();
        for (int s = 0; s < states; s++) {
            outStart[s + 1] = outStart[s] + ends.get(s).size();
        }

        int edges = next.stream().mapToInt(Map::size).sum();
        int capacity = Integer.highestOneBit(Math.max(4, edges) * 2 - 1) << 1;
        this.transitions = new long[capacity];
        this.mask = capacity - 1;
        for (int s = 0; s < states; s++) {
            for (Map.Entry<Character, Integer> edge : next.get(s).entrySet()) {
                if (s == 0) {
                    rootNext[edge.getKey()] = (char) (int) edge.getValue();
                } else {
                    long key = key(s, edge.getKey());
                    int slot = slot(key);
                    while (transitions[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    transitions[slot] = key << 32 | (edge.getValue() + 1);
                }
            }
        }
    }

    /** A bit set over the ids: set for those one of whose literals occurs in {@code text}. */
    long[] scan(CharSequence text) {
        long[] found = new long[(idCount + 63) >>> 6];
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int to = step(state, c);
            while (to < 0) {
                state = fail[state];
                to = step(state, c);
            }
            state = to;
            for (int o = outStart[state], end = outStart[state + 1]; o < end; o++) {
                int id = outIds[o];
                found[id >>> 6] |= 1L << id;
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
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long entry = transitions[slot];
            if (entry == 0) {
                return -1;
            }
            if (entry >>> 32 == key) {
                return (int) entry - 1;
            }
        }
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
        return "BranchIndex[" + idCount + " ids, " + fail.length + " states, " + outIds.length + " outputs]";
    }
}
