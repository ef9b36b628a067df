package io.anxin.core.knowledge;

import io.anxin.core.message.Lang;
import java.util.Optional;

/**
 * Port: answers a customer's question from the knowledge base when it is confident enough, so an
 * inquiry can be answered at once (003 §4(三)); otherwise there is no answer and the inquiry is
 * registered and answered within the policy's time limit.
 */
public interface KnowledgeBase {

    /**
     * The entry that answers {@code question}, with its answer in {@code lang}, or empty when no entry
     * matches with enough confidence (an unrelated question, a complaint, small talk).
     */
    Optional<KnowledgeMatch> answer(String question, Lang lang);
}
