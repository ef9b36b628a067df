package io.anxin.nlp.corpus;

import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One labelled message of the schema in {@code shared/eval/README.md}.
 *
 * @param lang the script label as written: zh-Hans, zh-Hant, en or mixed
 * @param act  the conversational act of a request-less message (greeting, thanks, goodbye, human,
 *             yes, no), or {@link #NO_ACT} for an ordinary request; the optional "act" field
 */
public record LabelledMessage(
        String id,
        String text,
        Intent intent,
        @Nullable Category category,
        Set<RiskFlag> flags,
        int anger,
        String lang,
        String domain,
        String channel,
        String act) {

    /** The act label of a message that is an ordinary request. */
    public static final String NO_ACT = "none";

    public LabelledMessage {
        flags = Set.copyOf(flags);
    }
}
