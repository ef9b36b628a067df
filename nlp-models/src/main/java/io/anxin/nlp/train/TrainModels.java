package io.anxin.nlp.train;

import io.anxin.nlp.TriageModels;
import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (process-classes): trains the models from the corpus directory and writes them into
 * the output directory, so that the jar carries models that match its corpus and code.
 */
public final class TrainModels {

    private TrainModels() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TrainModels <corpus directory> <output root>");
        }
        long start = System.nanoTime();
        List<LabelledMessage> corpus = Corpus.readDirectory(Path.of(args[0]));
        Trainer.train(corpus).writeTo(Path.of(args[1]));
        System.out.printf("trained triage models on %d messages in %d ms%n",
                corpus.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
