package io.anxin.core.desk;

import io.anxin.core.message.Lang;
import java.util.EnumMap;
import java.util.Map;

/**
 * A reply an agent sends often, written once in every language a customer may write in, so the agent picks it in
 * the customer's script. Checked like the scripts: it must not promise an outcome (003 §5).
 *
 * @param id    unique among the canned replies, e.g. {@code checking}
 * @param texts the reply per language; one for every language
 */
public record CannedReply(String id, Map<Lang, String> texts) {

    public CannedReply {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a canned reply needs an id");
        }
        Map<Lang, String> copy = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String text = texts.get(lang);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("canned reply '" + id + "' has no " + lang.tag() + " text");
            }
            copy.put(lang, text.strip());
        }
        texts = Map.copyOf(copy);
    }

    public String text(Lang lang) {
        return texts.get(lang);
    }
}
