package io.anxin.core.knowledge;

import io.anxin.core.message.Lang;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One question the customer-service centre can answer at once, in every language a customer may
 * write in: several ways of asking it and one answer per language.
 *
 * @param id         unique within the knowledge base, e.g. {@code withdraw-arrival}
 * @param questions  ways a customer asks it, per language; at least one per language
 * @param answers    the answer per language; one for every language
 * @param department the department that answers follow-up questions the entry does not settle
 * @param tags       topics for reports and maintenance, e.g. {@code withdrawal}
 */
public record KnowledgeEntry(
        String id, Map<Lang, List<String>> questions, Map<Lang, String> answers, String department, List<String> tags) {

    public KnowledgeEntry {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a knowledge entry needs an id");
        }
        if (department.isBlank()) {
            throw new IllegalArgumentException("knowledge entry '" + id + "' needs a department");
        }
        Map<Lang, List<String>> questionCopy = new EnumMap<>(Lang.class);
        Map<Lang, String> answerCopy = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<String> variants = questions.getOrDefault(lang, List.of());
            List<String> kept = new ArrayList<>();
            for (String variant : variants) {
                if (variant.isBlank()) {
                    throw new IllegalArgumentException("knowledge entry '" + id + "' has an empty " + lang.tag() + " question");
                }
                kept.add(variant.strip());
            }
            if (kept.isEmpty()) {
                throw new IllegalArgumentException("knowledge entry '" + id + "' has no " + lang.tag() + " question");
            }
            questionCopy.put(lang, List.copyOf(kept));
            String answer = answers.get(lang);
            if (answer == null || answer.isBlank()) {
                throw new IllegalArgumentException("knowledge entry '" + id + "' has no " + lang.tag() + " answer");
            }
            answerCopy.put(lang, answer.strip());
        }
        questions = Collections.unmodifiableMap(questionCopy);
        answers = Collections.unmodifiableMap(answerCopy);
        tags = List.copyOf(tags);
    }

    /** The ways a customer asks this question in {@code lang}. */
    public List<String> questions(Lang lang) {
        return questions.get(lang);
    }

    /** The answer in {@code lang}. */
    public String answer(Lang lang) {
        return answers.get(lang);
    }
}
