package io.anxin.core.dialog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reply the dialog chose: a script key, or text already in the customer's language (a
 * knowledge-base answer), and the quick replies (script keys) offered with it. The engine renders
 * them once the ticket number is known.
 */
public record Line(String script, @Nullable String text, List<String> quickReplyScripts) {

    public Line {
        quickReplyScripts = List.copyOf(quickReplyScripts);
    }

    public Line(String script, List<String> quickReplyScripts) {
        this(script, null, quickReplyScripts);
    }

    public static Line of(String script) {
        return new Line(script, null, List.of());
    }

    /** Text that needs no rendering, such as a knowledge-base answer in the customer's language. */
    public static Line literal(String text) {
        return new Line("literal", text, List.of());
    }
}
