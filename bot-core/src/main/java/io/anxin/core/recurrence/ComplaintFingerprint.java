package io.anxin.core.recurrence;

import java.util.Arrays;
import java.util.Set;

/**
 * What a complaint's text is about, reduced to weighted terms that two customers describing the same
 * problem tend to share, so that "the same complaint" (000 part 1 §3) can be measured between texts
 * written by different people.
 *
 * <p>The terms are Chinese characters (weight 1), Chinese character bigrams (weight 2: a two-character
 * word says more than either character) and Latin words (weight 2), after reductions that remove what
 * differs between customers but not between problems:
 * <ul>
 *   <li>numbers (Arabic or Chinese) become one sign {@code #}: "三天" and "5天" are both "#天";</li>
 *   <li>function characters (的, 了, 我, 你, 吗, 还, 都…) are dropped, and with them every bigram they are
 *       part of: such bigrams straddle words and carry each writer's style, not the problem;</li>
 *   <li>words every complaint uses (投诉, 客服, 处理…; "please", "complaint"…) are dropped, with their characters;</li>
 *   <li>Latin letters are lower-cased, a plural "s" removed, and full-width characters folded to half-width.</li>
 * </ul>
 * Traditional and simplified characters are not unified: customers of one deployment write one script,
 * and a mixed pair scores lower rather than wrongly higher.
 *
 * <p>The terms are kept as one sorted array of numbers, each term's kind in its top two bits: a character or
 * a bigram is its own number, a Latin word a 62-bit hash of it. The grading holds the fingerprints of a month
 * of complaints, and this is a tenth of the memory of a map of strings; two fingerprints are compared by one
 * merge of their arrays.
 */
public final class ComplaintFingerprint {

    /** Characters that glue sentences together; they and the bigrams they are part of are style, not subject. */
    private static final String FUNCTION_CHARS =
            "的了吗呢吧啊呀哦么嘛哈我你您他她它们是在有就都也还又很太这那个些一不没要能会去来说让把被给对和与及或而但却才再已经"
                    + "怎什为何谁哪请问下上中里好过着得地之其该此从向跟并且然后如果因所以可以想";

    /** Two-character words every complaint uses, whatever it is about. */
    private static final Set<String> GENERIC_BIGRAMS = Set.of(
            "投诉", "客服", "公司", "问题", "处理", "解决", "情况", "事情", "反映", "回复", "答复", "麻烦", "谢谢", "希望",
            "现在", "今天", "昨天", "时候", "东西", "工作", "人员", "服务", "平台", "贵司", "非常", "真的", "实在",
            "一直", "结果", "告诉", "联系", "立刻", "马上", "赶紧", "给我", "时间", "天天");

    private static final Set<String> GENERIC_WORDS = Set.of(
            "the", "and", "you", "your", "our", "for", "with", "this", "that", "have", "has", "was", "are", "not", "but",
            "please", "complaint", "complain", "customer", "service", "still", "again", "been", "from", "they", "what",
            "why", "when", "how", "can", "cannot", "just", "any", "all", "days", "day", "hours", "every", "time");

    private static final String CHINESE_DIGITS = "零〇二两三四五六七八九十百千万";

    /** The kinds of term, in the top two bits of its number: a character weighs 1, a bigram or a word 2. */
    private static final long CHARACTER = 1L << 62;
    private static final long BIGRAM = 2L << 62;
    private static final long WORD = 3L << 62;
    private static final long KIND = 3L << 62;

    /** The terms' numbers, sorted and distinct. */
    private final long[] terms;
    private final int weight;

    private ComplaintFingerprint(long[] terms) {
        this.terms = terms;
        int sum = 0;
        for (long term : terms) {
            sum += weightOf(term);
        }
        this.weight = sum;
    }

    public static ComplaintFingerprint of(String text) {
        Terms terms = new Terms(text.length());
        char[] chars = new char[text.length()];
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? reduce(text.charAt(i)) : ' ';
            if (c >= 'a' && c <= 'z' || c == '\'') {
                latin.append(c);
            } else {
                addWord(latin, terms);
            }
            if (i < chars.length) {
                chars[i] = c == '#' || isHan(c) ? c : ' ';
            }
        }
        boolean[] generic = new boolean[chars.length];
        for (int i = 0; i + 1 < chars.length; i++) {
            if (GENERIC_BIGRAMS.contains(bigram(chars, i))) {
                generic[i] = true;
                generic[i + 1] = true;
            }
        }
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == ' ' || c == '#' || isFunction(c)) {
                continue;
            }
            if (!generic[i]) {
                terms.add(CHARACTER | c);
            }
            if (i + 1 < chars.length && chars[i + 1] != ' ' && !isFunction(chars[i + 1])
                    && !GENERIC_BIGRAMS.contains(bigram(chars, i))) {
                terms.add(BIGRAM | (long) c << 16 | chars[i + 1]);
            }
        }
        return new ComplaintFingerprint(terms.sortedDistinct());
    }

    /** The numbers of a text's terms as they are found. */
    private static final class Terms {
        private long[] found;
        private int count;

        Terms(int textLength) {
            this.found = new long[2 * textLength + 4];
        }

        void add(long term) {
            if (count == found.length) {
                found = Arrays.copyOf(found, 2 * count);
            }
            found[count++] = term;
        }

        long[] sortedDistinct() {
            long[] sorted = Arrays.copyOf(found, count);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }

    /**
     * How alike two complaints are, 0 to 1: the weight of the shared terms over the weight of the shorter
     * text's terms, damped by how much longer the other is (the mean of overlap and Dice). Overlap alone
     * would call a one-word complaint the same as every rant that contains its word; Dice alone would call
     * a short and a long account of one problem different.
     */
    public double similarity(ComplaintFingerprint other) {
        int mine = weight;
        int theirs = other.weight;
        if (mine == 0 || theirs == 0) {
            return 0;
        }
        // a term's kind fixes its weight, so a term both have weighs the same in both
        int shared = 0;
        long[] a = terms;
        long[] b = other.terms;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared += weightOf(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        double overlap = (double) shared / Math.min(mine, theirs);
        double dice = 2.0 * shared / (mine + theirs);
        return (overlap + dice) / 2;
    }

    private static int weightOf(long term) {
        return (term & KIND) == CHARACTER ? 1 : 2;
    }

    private static void addWord(StringBuilder latin, Terms terms) {
        if (latin.length() >= 3) {
            String word = latin.toString();
            if (!GENERIC_WORDS.contains(word)) {
                terms.add(WORD | hash(word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word));
            }
        }
        latin.setLength(0);
    }

    /** 62 bits of a 64-bit FNV-1a hash: two words of one pair of complaints sharing it is not to be expected. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h & ~KIND;
    }

    /** Full-width to half-width, upper to lower case, any number to {@code #}. */
    private static char reduce(char c) {
        char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        if (folded >= '0' && folded <= '9' || CHINESE_DIGITS.indexOf(folded) >= 0) {
            return '#';
        }
        return Character.toLowerCase(folded);
    }

    private static String bigram(char[] chars, int at) {
        return new String(chars, at, 2);
    }

    private static boolean isFunction(char c) {
        return FUNCTION_CHARS.indexOf(c) >= 0;
    }

    private static boolean isHan(char c) {
        return c != '#' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
