package io.anxin.nlp;

import io.anxin.core.message.Lang;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import io.anxin.core.triage.Triager;
import io.anxin.nlp.flags.RiskFlagDetector;
import io.anxin.nlp.text.FeatureExtractor;
import io.anxin.nlp.text.LangDetector;
import io.anxin.nlp.text.TextNormalizer;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.jspecify.annotations.Nullable;

/**
 * Triage with the OpenNLP maxent models trained from the corpus at build time, and risk flags
 * by patterns. Thread-safe: the models are immutable and shared, while each thread keeps its
 * own {@link DocumentCategorizerME}, which is not thread-safe but cheap to hold.
 */
public final class OpenNlpTriager implements Triager {

    private final ThreadLocal<DocumentCategorizerME> intent;
    private final ThreadLocal<DocumentCategorizerME> category;
    private final ThreadLocal<DocumentCategorizerME> anger;

    public OpenNlpTriager(TriageModels models) {
        this.intent = categorizer(models.intent());
        this.category = categorizer(models.category());
        this.anger = categorizer(models.anger());
    }

    /** Loads the models the build trained and put on the classpath. */
    public static OpenNlpTriager fromClasspath() {
        return new OpenNlpTriager(TriageModels.fromClasspath());
    }

    @Override
    public TriageResult triage(String text) {
        String normalized = TextNormalizer.normalize(text);
        String[] features = FeatureExtractor.featuresOfNormalized(normalized);

        DocumentCategorizerME intentModel = intent.get();
        double[] intentProbs = intentModel.categorize(features);
        int best = argMax(intentProbs);
        Intent chosen = Intent.fromLabel(intentModel.getCategory(best));

        @Nullable Category complaintCategory = null;
        if (chosen == Intent.COMPLAINT) {
            DocumentCategorizerME categoryModel = category.get();
            complaintCategory = Category.fromLabel(categoryModel.getBestCategory(categoryModel.categorize(features)));
        }
        DocumentCategorizerME angerModel = anger.get();
        int angerLevel = Integer.parseInt(angerModel.getBestCategory(angerModel.categorize(features)));

        Set<RiskFlag> flags = RiskFlagDetector.detect(normalized);
        Lang lang = LangDetector.detect(text);
        return new TriageResult(chosen, clamp(intentProbs[best]), complaintCategory, flags, angerLevel, lang);
    }

    private static ThreadLocal<DocumentCategorizerME> categorizer(DoccatModel model) {
        return ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double clamp(double p) {
        return Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
    }
}
