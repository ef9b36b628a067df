package io.anxin.core.script;

import io.anxin.core.message.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Refuses sentences that promise an outcome (003 §5: 切忌随意表态、许愿). The bot may promise a
 * procedure and its time limits, never a result: not a refund, not compensation, not "for sure".
 */
public final class NoPromises {

    /** Always refused; a policy pack may add its own. Matched case-insensitively. */
    public static final List<String> PHRASES = List.of(
            "保证", "保證", "担保", "擔保", "一定给您", "一定給您", "一定会给您", "一定會給您", "一定帮您", "一定幫您",
            "肯定赔", "肯定賠", "肯定退", "马上退款", "馬上退款", "立即退款", "全额赔偿", "全額賠償", "绝对不会", "絕對不會",
            "包您满意", "包您滿意",
            "we guarantee", "guaranteed", "i guarantee", "we promise", "i promise", "you will get a refund",
            "you will be refunded", "we will refund", "we will compensate", "you will be compensated");

    private NoPromises() {}

    /**
     * Every sentence that contains a promise, as "lang: key: promises an outcome ('phrase')".
     *
     * @param extraPhrases the policy pack's own additions
     */
    public static List<String> violations(Map<Lang, Map<String, String>> sentences, List<String> extraPhrases) {
        List<String> phrases = new ArrayList<>(PHRASES);
        phrases.addAll(extraPhrases);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Lang, Map<String, String>> language : sentences.entrySet()) {
            new TreeMap<>(language.getValue()).forEach((key, sentence) ->
                    promiseIn(sentence, phrases).ifPresent(phrase -> problems.add(
                            language.getKey().tag() + ": " + key + ": promises an outcome ('" + phrase + "')")));
        }
        return problems;
    }

    /** The first promise phrase in {@code text}, if any: for canned replies checked one at a time. */
    public static Optional<String> promiseIn(String text, List<String> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        return phrases.stream().filter(p -> lower.contains(p.toLowerCase(Locale.ROOT))).findFirst();
    }
}
