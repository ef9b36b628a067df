package io.anxin.core.triage;

import io.anxin.core.message.Lang;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What triage made of one message.
 *
 * @param intent     the most likely intent
 * @param confidence the calibrated probability of {@code intent}, 0..1
 * @param category   the complaint category; null unless the intent is a complaint
 * @param flags      risk flags raised by the message, empty when none
 * @param anger      0 calm, 1 annoyed, 2 angry, 3 furious or abusive
 * @param lang       the script the message was written in
 * @param act        what the message does when it is no request of its own (greeting, thanks …), else NONE
 */
public record TriageResult(
        Intent intent, double confidence, @Nullable Category category, Set<RiskFlag> flags, int anger, Lang lang, Act act) {

    /** A request (no conversational act). */
    public TriageResult(Intent intent, double confidence, @Nullable Category category, Set<RiskFlag> flags, int anger, Lang lang) {
        this(intent, confidence, category, flags, anger, lang, Act.NONE);
    }

    public TriageResult {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        if (anger < 0 || anger > 3) {
            throw new IllegalArgumentException("anger must be within 0..3, was " + anger);
        }
        if (category != null && intent != Intent.COMPLAINT) {
            throw new IllegalArgumentException("only complaints carry a category, not " + intent.label());
        }
        // an enum set, not Set.copyOf's hash set: cheaper on every triage call, and in the flags' order
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    public TriageResult withAct(Act value) {
        return new TriageResult(intent, confidence, category, flags, anger, lang, value);
    }

    public boolean flagged(RiskFlag flag) {
        return flags.contains(flag);
    }
}
