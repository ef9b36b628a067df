package io.anxin.nlp.train;

import io.anxin.core.triage.Intent;
import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import io.anxin.nlp.text.FeatureExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Chooses the training settings by k-fold cross-validation on the corpus alone (never on the dev
 * set): for each candidate setting it trains the intent model on k-1 folds, predicts the held-out
 * fold, and prints the out-of-fold intent macro-F1 and how well the confidence is calibrated
 * (expected calibration error over ten bins). Not part of the build; run it by hand:
 * {@code ./mvnw -q -o -pl nlp-models exec:java -Dexec.mainClass=io.anxin.nlp.train.CrossValidate
 * -Dexec.args="nlp-models/src/main/resources/corpus 5"} from the repository root.
 */
public final class CrossValidate {

    private CrossValidate() {}

    public static void main(String[] args) {
        List<LabelledMessage> corpus = Corpus.readDirectory(Path.of(args.length > 0 ? args[0] : "nlp-models/src/main/resources/corpus"));
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean[] balances = args.length > 2 ? new boolean[] {Boolean.parseBoolean(args[2])} : new boolean[] {false, true};
        int[] cutoffs = args.length > 3 ? new int[] {Integer.parseInt(args[3])} : new int[] {1, 2, 3};
        int[] iterationCounts = args.length > 4 ? new int[] {Integer.parseInt(args[4])} : new int[] {100, 200, 400, 800};
        for (boolean balance : balances) {
            for (int cutoff : cutoffs) {
                for (int iterations : iterationCounts) {
                    Trainer.Settings settings = new Trainer.Settings(iterations, cutoff, balance);
                    double[] result = evaluate(corpus, k, settings);
                    System.out.printf(Locale.ROOT, "%s: macro-F1 %.4f  ECE %.4f  best temperature %.2f (ECE %.4f)%n",
                            settings, result[0], result[1], result[2], result[3]);
                }
            }
        }
    }

    /** {out-of-fold intent macro-F1, expected calibration error of the intent confidence}. */
    static double[] evaluate(List<LabelledMessage> corpus, int k, Trainer.Settings settings) {
        int n = Intent.values().length;
        int[][] confusion = new int[n][n];
        double[] binConfidence = new double[10];
        double[] binCorrect = new double[10];
        int[] binCount = new int[10];
        List<double[]> outOfFold = new ArrayList<>();
        List<Integer> goldIndex = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<LabelledMessage> train = new ArrayList<>();
            List<LabelledMessage> test = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                (i % k == fold ? test : train).add(corpus.get(i));
            }
            DoccatModel model = Trainer.trainIntent(train, settings);
            DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
            for (LabelledMessage message : test) {
                double[] probs = categorizer.categorize(FeatureExtractor.features(message.text()));
                int best = 0;
                for (int i = 1; i < probs.length; i++) {
                    best = probs[i] > probs[best] ? i : best;
                }
                Intent predicted = Intent.fromLabel(categorizer.getCategory(best));
                outOfFold.add(probs);
                goldIndex.add(categorizer.getIndex(message.intent().label()));
                confusion[message.intent().ordinal()][predicted.ordinal()]++;
                int bin = Math.min(9, (int) (probs[best] * 10));
                binConfidence[bin] += probs[best];
                binCorrect[bin] += predicted == message.intent() ? 1 : 0;
                binCount[bin]++;
            }
        }
        double f1Sum = 0;
        for (int c = 0; c < n; c++) {
            int tp = confusion[c][c];
            int predicted = 0;
            int gold = 0;
            for (int r = 0; r < n; r++) {
                predicted += confusion[r][c];
                gold += confusion[c][r];
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            f1Sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (binCount[b] > 0) {
                ece += Math.abs(binConfidence[b] - binCorrect[b]) / corpus.size();
            }
        }
        double bestTemperature = 1;
        double bestNll = Double.MAX_VALUE;
        for (int t = 10; t <= 200; t++) {
            double temperature = t / 100.0;
            double nll = 0;
            for (int i = 0; i < outOfFold.size(); i++) {
                nll -= Math.log(Math.max(1e-12, Calibration.sharpen(outOfFold.get(i), temperature)[goldIndex.get(i)]));
            }
            if (nll < bestNll) {
                bestNll = nll;
                bestTemperature = temperature;
            }
        }
        return new double[] {f1Sum / n, ece, bestTemperature, ece(outOfFold, goldIndex, bestTemperature)};
    }

    private static double ece(List<double[]> probabilities, List<Integer> gold, double temperature) {
        double[] confidence = new double[10];
        double[] correct = new double[10];
        for (int i = 0; i < probabilities.size(); i++) {
            double[] p = Calibration.sharpen(probabilities.get(i), temperature);
            int best = 0;
            for (int o = 1; o < p.length; o++) {
                best = p[o] > p[best] ? o : best;
            }
            int bin = Math.min(9, (int) (p[best] * 10));
            confidence[bin] += p[best];
            correct[bin] += best == gold.get(i) ? 1 : 0;
        }
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            ece += Math.abs(confidence[b] - correct[b]) / probabilities.size();
        }
        return ece;
    }
}
