package io.anxin.app.policy;

import io.anxin.core.desk.CannedReplies;
import io.anxin.core.desk.CannedReply;
import io.anxin.core.message.Lang;
import io.anxin.core.script.NoPromises;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Reads the desk's canned replies ({@code desk/canned-replies.yml}): a list of replies, each with an id and its
 * text in every language. Refused whole, naming each problem, when a text is missing or promises an outcome
 * (003 §5: 切忌随意表态、许愿; the built-in phrases and the policy pack's own), exactly as the scripts are.
 */
public final class CannedRepliesFiles {

    private static final Set<String> TOP = Set.of("replies");
    private static final Set<String> REPLY = Set.of("id", "text");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private CannedRepliesFiles() {}

    /** @throws InvalidPolicyException listing every problem, each with the file and the reply */
    public static CannedReplies replies(Resource resource, String name, List<String> forbiddenPhrases) {
        YamlFile file = YamlFile.read(resource, name);
        file.allowOnly("", TOP);
        Object list = file.require("replies");
        List<CannedReply> replies = new ArrayList<>();
        if (list != null && !(list instanceof List<?>)) {
            file.problem("replies", "must be a list of replies, each starting with '- id:'");
        } else if (list instanceof List<?> items) {
            Set<String> ids = new HashSet<>();
            List<String> phrases = new ArrayList<>(NoPromises.PHRASES);
            phrases.addAll(forbiddenPhrases);
            for (int i = 0; i < items.size(); i++) {
                String label = "reply #" + (i + 1);
                if (!(items.get(i) instanceof Map<?, ?> raw)) {
                    file.problem(label, "must be a mapping with id and text");
                    continue;
                }
                Map<String, Object> node = YamlFile.stringKeys(raw);
                file.allowOnly(label, node, REPLY);
                String id = node.get("id") == null ? "" : String.valueOf(node.get("id"));
                if (!ID.matcher(id).matches()) {
                    file.problem(label + " id", "'" + id + "' must be lower-case letters, digits and hyphens");
                    continue;
                }
                String named = "reply '" + id + "'";
                if (!ids.add(id)) {
                    file.problem(named, "is defined twice");
                }
                if (!(node.get("text") instanceof Map<?, ?> rawTexts)) {
                    file.problem(named + " text", "must give the reply in zh-Hans, zh-Hant and en");
                    continue;
                }
                Map<String, Object> texts = YamlFile.stringKeys(rawTexts);
                file.allowOnly(named + ".text", texts, Set.of(Lang.ZH_HANS.tag(), Lang.ZH_HANT.tag(), Lang.EN.tag()));
                Map<Lang, String> byLang = new EnumMap<>(Lang.class);
                boolean complete = true;
                for (Lang lang : Lang.values()) {
                    Object text = texts.get(lang.tag());
                    if (!(text instanceof String sentence) || sentence.isBlank()) {
                        file.problem(named + " text." + lang.tag(), "is required");
                        complete = false;
                        continue;
                    }
                    NoPromises.promiseIn(sentence, phrases).ifPresent(phrase ->
                            file.problem(named + " text." + lang.tag(), "promises an outcome ('" + phrase + "')"));
                    byLang.put(lang, sentence);
                }
                if (complete) {
                    replies.add(new CannedReply(id, byLang));
                }
            }
        }
        file.throwIfProblems();
        return new CannedReplies(replies);
    }
}
