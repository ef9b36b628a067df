package io.anxin.core.knowledge;

/**
 * A knowledge-base entry found for a customer's question.
 *
 * @param entry      the entry that matched
 * @param answer     its answer in the language the customer is answered in
 * @param confidence how much of the question the entry accounts for, from 0 (nothing) to 1 (all of it)
 */
public record KnowledgeMatch(KnowledgeEntry entry, String answer, double confidence) {

    public KnowledgeMatch {
        if (answer.isBlank()) {
            throw new IllegalArgumentException("a match needs an answer");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }
}
