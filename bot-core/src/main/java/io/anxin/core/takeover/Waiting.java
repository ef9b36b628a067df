package io.anxin.core.takeover;

import io.anxin.core.conversation.ConversationId;
import java.time.Instant;

/**
 * A conversation waiting for a person.
 *
 * @param grade  the severity that orders the queue: 1 (a crisis, a threat) first
 * @param since  when it started waiting: among equals, the longest waiting first
 * @param reason what sent it to a person, e.g. {@code customer_asked} or a risk flag
 */
public record Waiting(ConversationId conversation, int grade, Instant since, String reason) {

    public Waiting {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("a grade is 1 to 4, was " + grade);
        }
    }
}
