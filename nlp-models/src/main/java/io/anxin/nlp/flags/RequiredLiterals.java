package io.anxin.nlp.flags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Works out, from a regular expression alone, a set of literals of which every match contains at
 * least one: "跳楼(?!价)" needs "跳楼", "(拉|挂)(个|条)?横幅" needs "横幅", "(带|拿)刀" needs one of
 * "带刀", "拿刀". A pattern need not be tried on a sentence that holds none of them, so the flags are
 * found by one keyword scan and a few regex calls instead of a regex at every position, and the
 * literals never have to be written out by hand beside the patterns.
 *
 * <p>The answer is conservative: {@code null} ("no literal is certain") whenever an element could
 * match without fixed text (a wildcard, a negated or large class, an optional part) or the syntax
 * is not one this reader knows. It understands what the flag patterns use: literals, escapes,
 * classes, groups and non-capturing groups, lookarounds, alternation, the quantifiers {@code ? * +
 * {m,n}} (greedy, lazy or possessive), and anchors.
 */
final class RequiredLiterals {

    /** A product of adjacent alternatives larger than this is not formed. */
    private static final int MAX_SET = 64;
    /** A non-negated class with at most this many single characters counts as a set of literals. */
    private static final int MAX_CLASS = 8;

    /**
     * What an element of a sequence demands.
     *
     * @param literals  one of these occurs in every match, or null for none
     * @param exact     the literals are the whole text the element matches, so neighbours can be joined to them
     * @param zeroWidth the element consumes nothing (anchors, lookarounds), so its neighbours are adjacent
     */
    private record Need(@Nullable Set<String> literals, boolean exact, boolean zeroWidth) {
        static final Need NOTHING = new Need(null, false, false);
        static final Need ZERO = new Need(null, false, true);
    }

    private final String regex;
    private int at;
    private int depth;
    /** Every set of literals the whole expression needs one of, the most selective first. */
    private List<Set<String>> needed = List.of();

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** Literals one of which every match of {@code regex} contains, or null if there are none to be sure of. */
    static @Nullable Set<String> of(String regex) {
        List<Set<String>> all = allOf(regex);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Every set of literals of which each match of {@code regex} contains one, the one {@link #of}
     * returns first: "烧(了|掉)?你们" needs "烧" and "你们". A sentence need only be tried if it holds
     * one literal of each set; the sentences holding a common word ("你们") are many, those holding
     * both few. Empty if no literal is certain. Only a regex without a top-level alternation has more
     * than one set.
     */
    static List<Set<String>> allOf(String regex) {
        try {
            RequiredLiterals reader = new RequiredLiterals(regex);
            Need need = reader.alternation();
            if (reader.at != regex.length() || need.literals() == null || need.literals().contains("")) {
                return List.of();
            }
            return reader.needed.isEmpty() ? List.of(need.literals()) : reader.needed;
        } catch (RuntimeException unknownSyntax) {
            return List.of();
        }
    }

    private Need alternation() {
        List<Need> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        if (depth == 0) {
            needed = List.of(); // what one branch needs, another need not
        }
        Set<String> union = new LinkedHashSet<>();
        boolean exact = true;
        for (Need branch : branches) {
            if (branch.literals() == null) {
                return Need.NOTHING;
            }
            union.addAll(branch.literals());
            exact &= branch.exact();
        }
        return new Need(union, exact, false);
    }

    private Need sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        @Nullable Set<String> run = Set.of("");
        boolean exact = true;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Need need = quantified(atom());
            if (need.zeroWidth()) {
                if (need.literals() != null) {
                    candidates.add(need.literals());
                }
                continue;
            }
            if (need.literals() == null) {
                exact = false;
                run = finish(run, candidates);
                continue;
            }
            if (!need.exact()) {
                exact = false;
                run = finish(run, candidates);
                candidates.add(need.literals());
                continue;
            }
            if (run != null && run.size() * need.literals().size() <= MAX_SET) {
                run = product(run, need.literals());
            } else {
                exact = false;
                finish(run, candidates);
                run = need.literals();
            }
        }
        if (exact && run != null) {
            if (depth == 0) {
                List<Set<String>> all = new ArrayList<>(List.of(run));
                candidates.stream().filter(c -> !c.contains("")).forEach(all::add);
                needed = all;
            }
            return new Need(run, true, false);
        }
        finish(run, candidates);
        List<Set<String>> best = candidates.stream().filter(c -> !c.contains(""))
                .sorted(Comparator.comparingInt((Set<String> c) -> c.stream().mapToInt(String::length).min().orElse(0))
                        .thenComparingInt(c -> -c.size()).reversed())
                .toList();
        if (depth == 0) {
            needed = best;
        }
        return new Need(best.isEmpty() ? null : best.get(0), false, false);
    }

    private static @Nullable Set<String> finish(@Nullable Set<String> run, List<Set<String>> candidates) {
        if (run != null && !run.contains("")) {
            candidates.add(run);
        }
        return null;
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                out.add(l + r);
            }
        }
        return out;
    }

    private Need quantified(Need atom) {
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        int min;
        int max;
        if (c == '?' || c == '*' || c == '+') {
            at++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{' && at + 1 < regex.length() && Character.isDigit(regex.charAt(at + 1))) {
            int close = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            at = close + 1;
        } else {
            return atom;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        if (atom.zeroWidth()) {
            return Need.ZERO;
        }
        if (min == 0) {
            return Need.NOTHING;
        }
        // repeated, the element's text is no longer exactly one of its literals
        return max == 1 ? atom : new Need(atom.literals(), false, false);
    }

    private Need atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '\\':
                return escape();
            case '.':
                return Need.NOTHING;
            case '^', '$':
                return Need.ZERO;
            case '*', '+', '?', '{':
                throw new IllegalArgumentException("quantifier without an element at " + (at - 1));
            default:
                return literal(c);
        }
    }

    private static Need literal(char c) {
        return new Need(Set.of(String.valueOf(c)), true, false);
    }

    private Need group() {
        boolean lookaround = false;
        boolean negative = false;
        if (regex.startsWith("?:", at)) {
            at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
            lookaround = true;
            negative = regex.charAt(at + 1) == '!';
            at += 2;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
            lookaround = true;
            negative = regex.charAt(at + 2) == '!';
            at += 3;
        } else if (regex.charAt(at) == '?') {
            throw new IllegalArgumentException("unknown group at " + at);
        }
        depth++;
        Need inner = alternation();
        depth--;
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        at++;
        if (lookaround) {
            return negative || inner.literals() == null ? Need.ZERO : new Need(inner.literals(), false, true);
        }
        return inner;
    }

    private Need characterClass() {
        boolean negated = at < regex.length() && regex.charAt(at) == '^';
        if (negated) {
            at++;
        }
        Set<String> chars = new LinkedHashSet<>();
        boolean plain = true;
        boolean first = true;
        while (true) {
            char c = regex.charAt(at++);
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (c == '\\') {
                char e = regex.charAt(at++);
                if (Character.isLetterOrDigit(e)) {
                    plain = false; // \s, \d, \p{..}, \x.. and the like
                    if ((e == 'p' || e == 'P') && at < regex.length() && regex.charAt(at) == '{') {
                        at = regex.indexOf('}', at) + 1;
                    }
                } else {
                    chars.add(String.valueOf(e));
                }
            } else if (c == '[' || (c == '&' && regex.startsWith("&", at))) {
                throw new IllegalArgumentException("nested class or intersection");
            } else if (c == '-' && !chars.isEmpty() && regex.charAt(at) != ']') {
                plain = false; // a range
            } else {
                chars.add(String.valueOf(c));
            }
        }
        return negated || !plain || chars.isEmpty() || chars.size() > MAX_CLASS ? Need.NOTHING : new Need(chars, true, false);
    }

    private Need escape() {
        char e = regex.charAt(at++);
        if ("bBAGZz".indexOf(e) >= 0) {
            return Need.ZERO;
        }
        if ((e == 'p' || e == 'P') && at < regex.length() && regex.charAt(at) == '{') {
            at = regex.indexOf('}', at) + 1;
            return Need.NOTHING;
        }
        switch (e) {
            case 't':
                return literal('\t');
            case 'n':
                return literal('\n');
            case 'r':
                return literal('\r');
            case 'f':
                return literal('\f');
            default:
                if (Character.isLetterOrDigit(e)) {
                    return Need.NOTHING; // classes such as s, d and w, back references, hexadecimal and unicode codes
                }
                return literal(e);
        }
    }
}
