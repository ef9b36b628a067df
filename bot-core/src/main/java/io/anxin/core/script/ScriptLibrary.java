package io.anxin.core.script;

import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import java.util.Map;

/**
 * Port: every customer-facing sentence, by key and language, with {@code {name}} variables, and
 * optionally a variant per channel (short and symbol-free for voice, formal for e-mail).
 */
public interface ScriptLibrary {

    /**
     * The sentence for {@code key} in {@code lang} as said on {@code channel}: the channel's variant
     * ({@code channels.<channel>.<key>}) where the scripts have one, else the common sentence.
     *
     * @throws IllegalArgumentException if the key is unknown or a variable it uses is not given
     */
    String render(String key, Lang lang, Channel channel, Map<String, String> variables);

    /** The common sentence, whatever the channel: for matching the customer's choice of a quick reply. */
    String render(String key, Lang lang, Map<String, String> variables);
}
