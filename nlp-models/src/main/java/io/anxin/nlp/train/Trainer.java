package io.anxin.nlp.train;

import io.anxin.core.triage.Intent;
import io.anxin.nlp.TriageModels;
import io.anxin.nlp.corpus.LabelledMessage;
import io.anxin.nlp.text.FeatureExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the triage models. GIS maxent rather than the perceptron because the triager reports
 * the intent probability as its confidence; a single thread and fixed iterations and cutoff
 * make the result depend on the corpus alone.
 */
public final class Trainer {

    static final int ITERATIONS = 300;
    static final int CUTOFF = 1;

    private Trainer() {}

    public static TriageModels train(List<LabelledMessage> corpus) {
        DoccatModel intent = train(corpus, m -> m.intent().label());
        DoccatModel category = train(
                corpus.stream().filter(m -> m.intent() == Intent.COMPLAINT).toList(),
                m -> Objects.requireNonNull(m.category(), () -> m.id() + ": a complaint needs a category").label());
        DoccatModel anger = train(corpus, m -> Integer.toString(m.anger()));
        return new TriageModels(intent, category, anger);
    }

    private static DoccatModel train(List<LabelledMessage> messages, Function<LabelledMessage, String> label) {
        List<DocumentSample> samples = messages.stream()
                .map(m -> new DocumentSample(label.apply(m), FeatureExtractor.features(m.text())))
                .toList();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return DocumentCategorizerME.train("zh", new CollectionObjectStream<>(samples), params, new DoccatFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
