package io.anxin.core.script;

import io.anxin.core.message.Lang;
import java.util.Map;

/** Port: every customer-facing sentence, by key and language, with {@code {name}} variables. */
public interface ScriptLibrary {

    /**
     * The sentence for {@code key} in {@code lang} with its variables filled in.
     *
     * @throws IllegalArgumentException if the key is unknown or a variable it uses is not given
     */
    String render(String key, Lang lang, Map<String, String> variables);
}
