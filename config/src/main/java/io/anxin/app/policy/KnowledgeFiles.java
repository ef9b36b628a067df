package io.anxin.app.policy;

import io.anxin.core.knowledge.KnowledgeEntry;
import io.anxin.core.message.Lang;
import io.anxin.core.script.NoPromises;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * Reads a knowledge base ({@code knowledge/<name>.yml}): entries with an id, a department, tags,
 * question variants and an answer in every language. Refuses the file on any problem, naming the
 * file, the entry and what is wrong, so an operator can fix it in one go.
 */
public final class KnowledgeFiles {

    private static final Set<String> TOP = Set.of("name", "description", "source", "entries");
    private static final Set<String> ENTRY = Set.of("id", "department", "tags", "questions", "answer");
    private static final Set<String> LANGUAGES = Set.of(Lang.ZH_HANS.tag(), Lang.ZH_HANT.tag(), Lang.EN.tag());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private KnowledgeFiles() {}

    /**
     * @param name how the file is named in errors, e.g. {@code knowledge/default.yml}
     * @throws InvalidPolicyException listing every problem found, each with the file and the entry
     */
    public static List<KnowledgeEntry> entries(Resource resource, String name) {
        return entries(resource, name, List.of());
    }

    /**
     * As {@link #entries(Resource, String)}, also refusing an answer that promises an outcome
     * (003 §5: 切忌随意表态、许愿), with the built-in phrases and the policy pack's own.
     */
    public static List<KnowledgeEntry> entries(Resource resource, String name, List<String> forbiddenPhrases) {
        YamlFile file = YamlFile.read(resource, name);
        file.allowOnly("", TOP);
        Object list = file.require("entries");
        List<KnowledgeEntry> entries = new ArrayList<>();
        if (list != null && !(list instanceof List<?>)) {
            file.problem("entries", "must be a list of entries, each starting with '- id:'");
        } else if (list instanceof List<?> items) {
            if (items.isEmpty()) {
                file.problem("entries", "has no entry");
            }
            Map<String, Integer> seenIds = new HashMap<>();
            Map<String, String> seenQuestions = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                KnowledgeEntry entry = entry(file, i + 1, items.get(i), seenIds, seenQuestions);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        List<String> phrases = new ArrayList<>(NoPromises.PHRASES);
        phrases.addAll(forbiddenPhrases);
        for (KnowledgeEntry entry : entries) {
            entry.answers().forEach((lang, answer) -> NoPromises.promiseIn(answer, phrases).ifPresent(phrase ->
                    file.problem("entry '" + entry.id() + "' answer." + lang.tag(), "promises an outcome ('" + phrase + "')")));
        }
        file.throwIfProblems();
        return List.copyOf(entries);
    }

    /** The file's entries, then the desk's saved ones whose id the file does not use (the file wins). */
    public static List<KnowledgeEntry> merged(List<KnowledgeEntry> fromFile, List<KnowledgeEntry> saved) {
        Set<String> ids = new java.util.HashSet<>();
        fromFile.forEach(e -> ids.add(e.id()));
        List<KnowledgeEntry> all = new ArrayList<>(fromFile);
        saved.stream().filter(e -> !ids.contains(e.id())).forEach(all::add);
        return List.copyOf(all);
    }

    private static @Nullable KnowledgeEntry entry(
            YamlFile file, int number, @Nullable Object item, Map<String, Integer> seenIds, Map<String, String> seenQuestions) {
        if (!(item instanceof Map<?, ?> raw)) {
            file.problem("entry #" + number, "must be a mapping with id, department, tags, questions and answer");
            return null;
        }
        Map<String, Object> node = stringKeys(raw);
        String label = label(node, number);
        int before = file.problems.size();

        for (String key : node.keySet()) {
            if (!ENTRY.contains(key)) {
                file.problem(label + " " + key, "is not a known setting; expected one of " + ENTRY);
            }
        }
        String id = text(file, label, "id", node.get("id"));
        if (id != null) {
            if (!ID.matcher(id).matches()) {
                file.problem(label + " id", "'" + id + "' must be lower-case letters, digits and dashes, e.g. withdraw-fee");
            }
            Integer first = seenIds.putIfAbsent(id, number);
            if (first != null) {
                file.problem(label + " id", "'" + id + "' is already used by entry #" + first + "; ids must be unique");
            }
        }
        String department = text(file, label, "department", node.get("department"));
        List<String> tags = tags(file, label, node.get("tags"));
        Map<Lang, List<String>> questions = questions(file, label, node.get("questions"), seenQuestions);
        Map<Lang, String> answers = answers(file, label, node.get("answer"));

        if (file.problems.size() > before || id == null || department == null) {
            return null;
        }
        try {
            return new KnowledgeEntry(id, questions, answers, department, tags);
        } catch (IllegalArgumentException e) {
            file.problem(label, e.getMessage());
            return null;
        }
    }

    private static String label(Map<String, Object> node, int number) {
        return node.get("id") instanceof String id && !id.isBlank() ? "entry '" + id.strip() + "'" : "entry #" + number;
    }

    private static Map<Lang, List<String>> questions(
            YamlFile file, String label, @Nullable Object value, Map<String, String> seenQuestions) {
        Map<Lang, List<String>> out = new EnumMap<>(Lang.class);
        Map<String, Object> byLang = languages(file, label, "questions", value);
        for (Lang lang : Lang.values()) {
            String path = "questions." + lang.tag();
            Object variants = byLang.get(lang.tag());
            if (variants == null) {
                if (value instanceof Map<?, ?>) {
                    file.problem(label + " " + path, "is required: list at least one way a customer asks this");
                }
                continue;
            }
            if (!(variants instanceof List<?> list)) {
                file.problem(label + " " + path, "must be a list of questions, each on its own line starting with '- '");
                continue;
            }
            if (list.isEmpty()) {
                file.problem(label + " " + path, "is empty: list at least one way a customer asks this");
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String variant = text(file, label, path + "[" + (i + 1) + "]", list.get(i));
                if (variant == null) {
                    continue;
                }
                String other = seenQuestions.putIfAbsent(variant, label);
                if (other != null && !other.equals(label)) {
                    file.problem(label + " " + path + "[" + (i + 1) + "]",
                            "'" + variant + "' is also a question of " + other + "; a question must lead to one entry");
                }
                kept.add(variant);
            }
            out.put(lang, kept);
        }
        return out;
    }

    private static Map<Lang, String> answers(YamlFile file, String label, @Nullable Object value) {
        Map<Lang, String> out = new EnumMap<>(Lang.class);
        Map<String, Object> byLang = languages(file, label, "answer", value);
        if (!(value instanceof Map<?, ?>)) {
            return out;
        }
        for (Lang lang : Lang.values()) {
            String path = "answer." + lang.tag();
            if (byLang.get(lang.tag()) == null) {
                file.problem(label + " " + path, "is required: every entry answers in zh-Hans, zh-Hant and en");
                continue;
            }
            String answer = text(file, label, path, byLang.get(lang.tag()));
            if (answer != null) {
                out.put(lang, answer);
            }
        }
        return out;
    }

    /** The mapping of language tags under {@code key}; problems for a missing mapping and unknown languages. */
    private static Map<String, Object> languages(YamlFile file, String label, String key, @Nullable Object value) {
        if (value == null) {
            file.problem(label + " " + key, "is required, with zh-Hans, zh-Hant and en");
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            file.problem(label + " " + key, "must have zh-Hans, zh-Hant and en under it");
            return Map.of();
        }
        Map<String, Object> byLang = stringKeys(map);
        for (String tag : byLang.keySet()) {
            if (!LANGUAGES.contains(tag)) {
                file.problem(label + " " + key + "." + tag, "is not a known language; expected one of " + LANGUAGES);
            }
        }
        return byLang;
    }

    private static List<String> tags(YamlFile file, String label, @Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            file.problem(label + " tags", "must be a list, e.g. [withdrawal, fees]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String tag = text(file, label, "tags[" + (i + 1) + "]", list.get(i));
            if (tag != null) {
                out.add(tag);
            }
        }
        return out;
    }

    /** Non-blank text, stripped; otherwise null after recording why. */
    private static @Nullable String text(YamlFile file, String label, String path, @Nullable Object value) {
        if (value == null) {
            file.problem(label + " " + path, "is required");
            return null;
        }
        if (!(value instanceof String s)) {
            file.problem(label + " " + path, "must be text, was " + value + "; put it in quotes");
            return null;
        }
        if (s.isBlank()) {
            file.problem(label + " " + path, "is empty");
            return null;
        }
        return s.strip();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
