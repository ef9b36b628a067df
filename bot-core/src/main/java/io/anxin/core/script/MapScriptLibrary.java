package io.anxin.core.script;

import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script library held in memory, checked when it is built: every required key exists in every
 * language, so a customer is never answered in another script for want of a translation.
 */
public final class MapScriptLibrary implements ScriptLibrary {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private final Map<Lang, Map<String, String>> scripts;

    private MapScriptLibrary(Map<Lang, Map<String, String>> scripts) {
        this.scripts = scripts;
    }

    /**
     * @throws InvalidScriptsException naming every language, key and problem found
     */
    public static MapScriptLibrary of(Map<Lang, Map<String, String>> scripts, Collection<String> requiredKeys) {
        List<String> problems = new ArrayList<>();
        Map<Lang, Map<String, String>> copy = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> sentences = scripts.getOrDefault(lang, Map.of());
            for (String key : new TreeSet<>(requiredKeys)) {
                String sentence = sentences.get(key);
                if (sentence == null || sentence.isBlank()) {
                    problems.add(lang.tag() + ": missing script '" + key + "'");
                }
            }
            copy.put(lang, Map.copyOf(sentences));
        }
        if (!problems.isEmpty()) {
            throw new InvalidScriptsException(problems);
        }
        return new MapScriptLibrary(copy);
    }

    @Override
    public String render(String key, Lang lang, Channel channel, Map<String, String> variables) {
        String variant = channelKey(channel, key);
        return scripts.get(lang).containsKey(variant) ? render(variant, lang, variables) : render(key, lang, variables);
    }

    /** Where a channel's variant of a sentence is kept. */
    public static String channelKey(Channel channel, String key) {
        return "channels." + channel.id() + "." + key;
    }

    @Override
    public String render(String key, Lang lang, Map<String, String> variables) {
        String sentence = scripts.get(lang).get(key);
        if (sentence == null) {
            throw new IllegalArgumentException("no script '" + key + "' in " + lang.tag());
        }
        Matcher m = VARIABLE.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("script '" + key + "' (" + lang.tag() + ") needs variable '" + m.group(1) + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
