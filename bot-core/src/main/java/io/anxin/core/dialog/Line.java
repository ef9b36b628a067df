package io.anxin.core.dialog;

import java.util.List;

/**
 * One reply the dialog chose, as script keys: the sentence and the quick replies offered with it.
 * The engine renders them in the customer's language once the ticket number is known.
 */
public record Line(String script, List<String> quickReplyScripts) {

    public Line {
        quickReplyScripts = List.copyOf(quickReplyScripts);
    }

    public static Line of(String script) {
        return new Line(script, List.of());
    }
}
