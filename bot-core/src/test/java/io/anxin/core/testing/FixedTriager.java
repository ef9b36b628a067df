package io.anxin.core.testing;

import io.anxin.core.message.Lang;
import io.anxin.core.triage.Act;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import io.anxin.core.triage.Triager;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A triager that knows the answers in advance, so engine tests pin down what the engine does with
 * a triage result; what the models make of real messages is tested in nlp-models and config.
 */
public final class FixedTriager implements Triager {

    private final Map<String, TriageResult> results = new HashMap<>();
    private TriageResult otherwise;

    /** Messages not prepared otherwise (answers to the bot's questions) read as a calm, sure inquiry. */
    public FixedTriager() {
        this.otherwise = new TriageResult(Intent.INQUIRY, 0.9, null, Set.of(), 0, Lang.ZH_HANS);
    }

    public FixedTriager complaint(String text, int anger) {
        results.put(text, new TriageResult(Intent.COMPLAINT, 0.95, Category.SYSTEM_FAULT, Set.of(), anger, Lang.ZH_HANS));
        return this;
    }

    public FixedTriager complaint(String text, int anger, Lang lang, RiskFlag... flags) {
        results.put(text, new TriageResult(Intent.COMPLAINT, 0.95, Category.BUSINESS_ERROR, Set.of(flags), anger, lang));
        return this;
    }

    public FixedTriager intent(String text, Intent intent, double confidence, Lang lang, RiskFlag... flags) {
        results.put(text, new TriageResult(intent, confidence, null, Set.of(flags), 0, lang));
        return this;
    }

    public FixedTriager act(String text, Act act, Lang lang) {
        results.put(text, new TriageResult(Intent.INQUIRY, 0.9, null, Set.of(), 0, lang, act));
        return this;
    }

    public FixedTriager otherwise(TriageResult result) {
        this.otherwise = result;
        return this;
    }

    public FixedTriager result(String text, TriageResult result) {
        results.put(text, result);
        return this;
    }

    @Override
    public TriageResult triage(String text) {
        return results.getOrDefault(text, otherwise);
    }
}
