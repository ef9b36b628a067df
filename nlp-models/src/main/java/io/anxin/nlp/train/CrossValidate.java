package io.anxin.nlp.train;

import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import io.anxin.nlp.flags.RiskFlagDetector;
import io.anxin.nlp.text.FeatureExtractor;
import io.anxin.nlp.text.TextNormalizer;
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
 * (expected calibration error over ten bins), and the complaint shift ({@link Trainer#COMPLAINT_SHIFT})
 * with the best out-of-fold macro-F1. Not part of the build; run it by hand:
 * {@code ./mvnw -q -o -pl nlp-models exec:java -Dexec.mainClass=io.anxin.nlp.train.CrossValidate
 * -Dexec.args="nlp-models/src/main/resources/corpus 5"} from the repository root.
 *
 * <p>With "flags" first ({@code -Dexec.args="flags nlp-models/src/main/resources/corpus 5 [CUTOFF
 * ITERATIONS BALANCE]"}) it does the same for the per-flag models: out-of-fold precision and
 * recall of each flag model alone at thresholds 0.05 to 0.95, and the threshold that
 * {@link #chooseThreshold} picks. The patterns cannot be cross-validated (they were written on this
 * corpus and find all of it), so the threshold is chosen on the model alone.
 *
 * <p>With "category" first ({@code -Dexec.args="category nlp-models/src/main/resources/corpus 5"})
 * it prints the out-of-fold accuracy and macro-F1 of the complaint category model (on the
 * complaints) for balanced and unbalanced training, cutoffs 1-2 and 100 or 300 iterations.
 */
public final class CrossValidate {

    private CrossValidate() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("flags")) {
            flags(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("category")) {
            category(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
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
                    System.out.printf(Locale.ROOT, "%s: macro-F1 %.4f  ECE %.4f  best temperature %.2f (ECE %.4f)  best complaint shift %+.1f (macro-F1 %.4f)%n",
                            settings, result[0], result[1], result[2], result[3], result[4], result[5]);
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
        List<Integer> complaintIndex = new ArrayList<>();
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
                complaintIndex.add(categorizer.getIndex(Intent.COMPLAINT.label()));
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
        // the prior correction of complaint (Trainer.COMPLAINT_SHIFT): the shift whose out-of-fold macro-F1 is best
        double bestShift = 0;
        double bestShiftF1 = -1;
        for (int s = -10; s <= 10; s++) {
            double shift = s / 10.0;
            int[][] shifted = new int[n][n];
            for (int i = 0; i < outOfFold.size(); i++) {
                double[] p = Calibration.shift(outOfFold.get(i), complaintIndex.get(i), shift);
                int best = 0;
                for (int c = 1; c < p.length; c++) {
                    best = p[c] > p[best] ? c : best;
                }
                shifted[goldIndex.get(i)][best]++;
            }
            double f1 = macroF1(shifted);
            System.out.printf(Locale.ROOT, "  complaint shift %+.1f: out-of-fold macro-F1 %.4f%n", shift, f1);
            if (f1 > bestShiftF1) {
                bestShiftF1 = f1;
                bestShift = shift;
            }
        }
        return new double[] {f1Sum / n, ece, bestTemperature, ece(outOfFold, goldIndex, bestTemperature), bestShift, bestShiftF1};
    }

    /** Macro-F1 of a confusion matrix indexed by the model's outcome indices. */
    private static double macroF1(int[][] confusion) {
        double sum = 0;
        for (int c = 0; c < confusion.length; c++) {
            int predicted = 0;
            int gold = 0;
            for (int r = 0; r < confusion.length; r++) {
                predicted += confusion[r][c];
                gold += confusion[c][r];
            }
            double p = predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
            double r = gold == 0 ? 0 : (double) confusion[c][c] / gold;
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / confusion.length;
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

    private static void category(String[] args) {
        List<LabelledMessage> complaints = Corpus.readDirectory(Path.of(args.length > 0 ? args[0] : "nlp-models/src/main/resources/corpus"))
                .stream().filter(m -> m.intent() == Intent.COMPLAINT).toList();
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (boolean balance : new boolean[] {false, true}) {
            for (int cutoff : new int[] {1, 2}) {
                for (int iterations : new int[] {100, 300}) {
                    Trainer.Settings settings = new Trainer.Settings(iterations, cutoff, balance);
                    java.util.Map<String, int[]> perClass = new java.util.TreeMap<>(); // {true positives, predicted, gold}
                    int correct = 0;
                    for (int fold = 0; fold < k; fold++) {
                        List<LabelledMessage> train = new ArrayList<>();
                        for (int i = 0; i < complaints.size(); i++) {
                            if (i % k != fold) {
                                train.add(complaints.get(i));
                            }
                        }
                        DocumentCategorizerME categorizer = new DocumentCategorizerME(Trainer.trainCategory(train, settings));
                        for (int i = fold; i < complaints.size(); i += k) {
                            LabelledMessage m = complaints.get(i);
                            String gold = java.util.Objects.requireNonNull(m.category()).label();
                            String predicted = categorizer.getBestCategory(categorizer.categorize(FeatureExtractor.features(m.text())));
                            correct += gold.equals(predicted) ? 1 : 0;
                            perClass.computeIfAbsent(gold, c -> new int[3])[2]++;
                            perClass.computeIfAbsent(predicted, c -> new int[3])[1]++;
                            perClass.get(gold)[0] += gold.equals(predicted) ? 1 : 0;
                        }
                    }
                    double f1Sum = 0;
                    StringBuilder recalls = new StringBuilder();
                    for (var e : perClass.entrySet()) {
                        f1Sum += f1(e.getValue());
                        recalls.append(String.format(Locale.ROOT, " %s R%.2f", e.getKey(), ratio(e.getValue()[0], e.getValue()[2])));
                    }
                    System.out.printf(Locale.ROOT, "%s: accuracy %.4f  macro-F1 %.4f %s%n",
                            settings, ratio(correct, complaints.size()), f1Sum / perClass.size(), recalls);
                }
            }
        }
    }

    /** The precision the out-of-fold predictions of a flag model must reach at the chosen threshold. */
    static final double FLAG_PRECISION = 0.9;

    private static void flags(String[] args) {
        List<LabelledMessage> corpus = Corpus.readDirectory(Path.of(args.length > 0 ? args[0] : "nlp-models/src/main/resources/corpus"));
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Trainer.Settings settings = args.length > 4
                ? new Trainer.Settings(Integer.parseInt(args[3]), Integer.parseInt(args[2]), Boolean.parseBoolean(args[4]))
                : Trainer.FLAG_MODELS;
        System.out.println(settings);
        for (RiskFlag flag : RiskFlag.values()) {
            double[] probability = outOfFoldFlagProbabilities(corpus, k, flag, settings);
            boolean[] gold = new boolean[corpus.size()];
            for (int i = 0; i < gold.length; i++) {
                gold[i] = corpus.get(i).flags().contains(flag);
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s", flag.label()));
            for (int t = 5; t <= 95; t += 5) {
                int[] c = counts(probability, gold, t / 100.0);
                line.append(String.format(Locale.ROOT, " %.2f:P%.2f/R%.2f", t / 100.0, ratio(c[0], c[1]), ratio(c[0], c[2])));
            }
            System.out.println(line);
            double threshold = chooseThreshold(probability, gold);
            int[] c = counts(probability, gold, threshold);
            boolean[] patterns = new boolean[corpus.size()];
            for (int i = 0; i < patterns.length; i++) {
                patterns[i] = RiskFlagDetector.detect(TextNormalizer.normalize(corpus.get(i).text())).contains(flag);
            }
            int[] both = counts(probability, gold, threshold, patterns);
            System.out.printf(Locale.ROOT, "%-15s chosen threshold %.2f: model alone P %.3f R %.3f F1 %.3f;"
                            + " patterns or model P %.3f R %.3f (patterns written on this corpus)%n",
                    flag.label(), threshold, ratio(c[0], c[1]), ratio(c[0], c[2]), f1(c), ratio(both[0], both[1]), ratio(both[0], both[2]));
        }
    }

    /**
     * The lowest threshold (in steps of 0.05) at which the model alone reaches
     * {@link #FLAG_PRECISION} out of fold, or the one with the best F1 if none does: the model
     * catches what the patterns miss, and a lower threshold than that would mostly add false alarms.
     */
    static double chooseThreshold(double[] probability, boolean[] gold) {
        double bestF1 = -1;
        double bestF1Threshold = 0.5;
        for (int t = 5; t <= 95; t += 5) {
            int[] c = counts(probability, gold, t / 100.0);
            if (c[1] > 0 && ratio(c[0], c[1]) >= FLAG_PRECISION) {
                return t / 100.0;
            }
            if (f1(c) > bestF1) {
                bestF1 = f1(c);
                bestF1Threshold = t / 100.0;
            }
        }
        return bestF1Threshold;
    }

    static double[] outOfFoldFlagProbabilities(List<LabelledMessage> corpus, int k, RiskFlag flag, Trainer.Settings settings) {
        double[] out = new double[corpus.size()];
        for (int fold = 0; fold < k; fold++) {
            List<LabelledMessage> train = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (i % k != fold) {
                    train.add(corpus.get(i));
                }
            }
            DocumentCategorizerME categorizer = new DocumentCategorizerME(Trainer.trainFlag(train, flag, settings));
            int yes = categorizer.getIndex(io.anxin.nlp.TriageModels.FLAG_YES);
            for (int i = fold; i < corpus.size(); i += k) {
                out[i] = categorizer.categorize(FeatureExtractor.features(corpus.get(i).text()))[yes];
            }
        }
        return out;
    }

    /** {true positives, predicted positives, gold positives} at a threshold, or-ed with {@code also} if given. */
    private static int[] counts(double[] probability, boolean[] gold, double threshold, boolean[]... also) {
        int[] c = new int[3];
        for (int i = 0; i < gold.length; i++) {
            boolean predicted = probability[i] >= threshold || (also.length > 0 && also[0][i]);
            c[0] += predicted && gold[i] ? 1 : 0;
            c[1] += predicted ? 1 : 0;
            c[2] += gold[i] ? 1 : 0;
        }
        return c;
    }

    private static double f1(int[] c) {
        double p = ratio(c[0], c[1]);
        double r = ratio(c[0], c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
