package io.anxin.core.recurrence;

import java.util.HashMap;
import java.util.Map;
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
 */
public record ComplaintFingerprint(Map<String, Integer> terms) {

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
    private static final int CHARACTER = 1;
    private static final int WORD = 2;

    public ComplaintFingerprint {
        terms = Map.copyOf(terms);
    }

    public static ComplaintFingerprint of(String text) {
        Map<String, Integer> terms = new HashMap<>();
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
                terms.putIfAbsent(String.valueOf(c), CHARACTER);
            }
            if (i + 1 < chars.length && chars[i + 1] != ' ' && !isFunction(chars[i + 1])
                    && !GENERIC_BIGRAMS.contains(bigram(chars, i))) {
                terms.put(bigram(chars, i), WORD);
            }
        }
        return new ComplaintFingerprint(terms);
    }

    /**
     * How alike two complaints are, 0 to 1: the weight of the shared terms over the weight of the shorter
     * text's terms, damped by how much longer the other is (the mean of overlap and Dice). Overlap alone
     * would call a one-word complaint the same as every rant that contains its word; Dice alone would call
     * a short and a long account of one problem different.
     */
    public double similarity(ComplaintFingerprint other) {
        int mine = weight(terms);
        int theirs = weight(other.terms);
        if (mine == 0 || theirs == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            Integer w = other.terms.get(term.getKey());
            if (w != null) {
                shared += Math.min(w, term.getValue());
            }
        }
        double overlap = (double) shared / Math.min(mine, theirs);
        double dice = 2.0 * shared / (mine + theirs);
        return (overlap + dice) / 2;
    }

    private static int weight(Map<String, Integer> terms) {
        int sum = 0;
        for (int w : terms.values()) {
            sum += w;
        }
        return sum;
    }

    private static void addWord(StringBuilder latin, Map<String, Integer> terms) {
        if (latin.length() >= 3) {
            String word = latin.toString();
            if (!GENERIC_WORDS.contains(word)) {
                terms.put(word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word, WORD);
            }
        }
        latin.setLength(0);
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
