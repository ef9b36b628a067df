package io.anxin.core.testing;

import io.anxin.core.message.Lang;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
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

    public FixedTriager complaint(String text, int anger) {
        results.put(text, new TriageResult(Intent.COMPLAINT, 0.95, Category.SYSTEM_FAULT, Set.of(), anger, Lang.ZH_HANS));
        return this;
    }

    public FixedTriager result(String text, TriageResult result) {
        results.put(text, result);
        return this;
    }

    @Override
    public TriageResult triage(String text) {
        TriageResult result = results.get(text);
        if (result == null) {
            throw new IllegalArgumentException("no triage result prepared for '" + text + "'");
        }
        return result;
    }
}
