package io.anxin.nlp.train;

import io.anxin.nlp.TriageModels;
import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (process-classes): trains the models from the corpus directory and writes them into
 * the output directory, so that the jar carries models that match its corpus and code.
 */
public final class TrainModels {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private TrainModels() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TrainModels <corpus directory> <output root>");
        }
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        List<LabelledMessage> corpus = Corpus.readDirectory(Path.of(args[0]));
        Trainer.train(corpus).writeTo(Path.of(args[1]));
        // the CPU time as well: on a shared build machine the wall-clock time says more about the other builds
        System.out.printf("trained triage models on %d messages in %d ms (%d ms of CPU)%n",
                corpus.size(), (System.nanoTime() - start) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
    }
}
