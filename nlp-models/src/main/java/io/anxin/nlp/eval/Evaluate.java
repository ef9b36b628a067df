package io.anxin.nlp.eval;

import io.anxin.core.message.Lang;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import io.anxin.core.triage.Triager;
import io.anxin.nlp.OpenNlpTriager;
import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints how the triager does on a labelled JSONL file: intent macro-F1, per-intent
 * precision/recall/F1 and confusion matrix, per-flag precision/recall, complaint-category
 * accuracy, anger mean absolute error and script accuracy. With {@code --errors} it also lists
 * the messages whose intent or flags were wrong.
 */
public final class Evaluate {

    private Evaluate() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: Evaluate <labelled.jsonl> [--errors]");
        }
        List<LabelledMessage> gold = Corpus.readFile(Path.of(args[0]));
        Report report = evaluate(OpenNlpTriager.fromClasspath(), gold);
        report.print(System.out, args.length > 1 && args[1].equals("--errors"));
    }

    public static Report evaluate(Triager triager, List<LabelledMessage> gold) {
        List<TriageResult> predicted = gold.stream().map(m -> triager.triage(m.text())).toList();
        return new Report(gold, predicted);
    }

    /** Figures of one evaluation run. */
    public static final class Report {
        private final List<LabelledMessage> gold;
        private final List<TriageResult> predicted;
        private final int[][] confusion;

        Report(List<LabelledMessage> gold, List<TriageResult> predicted) {
            this.gold = gold;
            this.predicted = predicted;
            int n = Intent.values().length;
            this.confusion = new int[n][n];
            for (int i = 0; i < gold.size(); i++) {
                confusion[gold.get(i).intent().ordinal()][predicted.get(i).intent().ordinal()]++;
            }
        }

        public double precision(Intent intent) {
            int column = 0;
            for (int[] row : confusion) {
                column += row[intent.ordinal()];
            }
            return ratio(confusion[intent.ordinal()][intent.ordinal()], column);
        }

        public double recall(Intent intent) {
            int row = 0;
            for (int count : confusion[intent.ordinal()]) {
                row += count;
            }
            return ratio(confusion[intent.ordinal()][intent.ordinal()], row);
        }

        public double f1(Intent intent) {
            double p = precision(intent);
            double r = recall(intent);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double macroF1() {
            double sum = 0;
            for (Intent intent : Intent.values()) {
                sum += f1(intent);
            }
            return sum / Intent.values().length;
        }

        /** {truePositives, predictedPositives, goldPositives} of one flag. */
        public int[] flagCounts(RiskFlag flag) {
            int tp = 0;
            int predictedPositive = 0;
            int goldPositive = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).flags().contains(flag);
                boolean p = predicted.get(i).flags().contains(flag);
                tp += g && p ? 1 : 0;
                predictedPositive += p ? 1 : 0;
                goldPositive += g ? 1 : 0;
            }
            return new int[] {tp, predictedPositive, goldPositive};
        }

        public double flagPrecision() {
            int tp = 0;
            int predictedPositive = 0;
            for (RiskFlag flag : RiskFlag.values()) {
                int[] c = flagCounts(flag);
                tp += c[0];
                predictedPositive += c[1];
            }
            return ratio(tp, predictedPositive);
        }

        public double flagRecall() {
            int tp = 0;
            int goldPositive = 0;
            for (RiskFlag flag : RiskFlag.values()) {
                int[] c = flagCounts(flag);
                tp += c[0];
                goldPositive += c[2];
            }
            return ratio(tp, goldPositive);
        }

        /** Over gold complaints the triager also called complaints, so the intent errors are not counted twice. */
        public double categoryAccuracy() {
            int right = 0;
            int total = 0;
            for (int i = 0; i < gold.size(); i++) {
                if (gold.get(i).intent() == Intent.COMPLAINT && predicted.get(i).intent() == Intent.COMPLAINT) {
                    total++;
                    right += gold.get(i).category() == predicted.get(i).category() ? 1 : 0;
                }
            }
            return ratio(right, total);
        }

        public double angerMae() {
            double sum = 0;
            for (int i = 0; i < gold.size(); i++) {
                sum += Math.abs(gold.get(i).anger() - predicted.get(i).anger());
            }
            return gold.isEmpty() ? 0 : sum / gold.size();
        }

        /** A "mixed" message is answered in its Chinese script, so either Chinese script counts as right for it. */
        public double langAccuracy() {
            int right = 0;
            for (int i = 0; i < gold.size(); i++) {
                String label = gold.get(i).lang();
                Lang lang = predicted.get(i).lang();
                boolean ok = label.equals("mixed") ? lang != Lang.EN : label.equalsIgnoreCase(lang.tag());
                right += ok ? 1 : 0;
            }
            return ratio(right, gold.size());
        }

        public void print(PrintStream out, boolean errors) {
            out.printf(Locale.ROOT, "messages: %d%n", gold.size());
            out.printf(Locale.ROOT, "intent macro-F1: %.3f%n", macroF1());
            for (Intent intent : Intent.values()) {
                out.printf(Locale.ROOT, "  %-10s P %.3f  R %.3f  F1 %.3f%n",
                        intent.label(), precision(intent), recall(intent), f1(intent));
            }
            out.println("confusion (rows gold, columns predicted):");
            out.printf(Locale.ROOT, "  %-10s %10s %10s %10s%n", "", "complaint", "suggestion", "inquiry");
            for (Intent intent : Intent.values()) {
                int[] row = confusion[intent.ordinal()];
                out.printf(Locale.ROOT, "  %-10s %10d %10d %10d%n", intent.label(), row[0], row[1], row[2]);
            }
            out.println("flags:");
            for (RiskFlag flag : RiskFlag.values()) {
                int[] c = flagCounts(flag);
                out.printf(Locale.ROOT, "  %-15s P %.3f (%d/%d)  R %.3f (%d/%d)%n",
                        flag.label(), ratio(c[0], c[1]), c[0], c[1], ratio(c[0], c[2]), c[0], c[2]);
            }
            out.printf(Locale.ROOT, "  %-15s P %.3f  R %.3f%n", "all", flagPrecision(), flagRecall());
            out.printf(Locale.ROOT, "category accuracy (on complaints called complaints): %.3f%n", categoryAccuracy());
            out.printf(Locale.ROOT, "anger MAE: %.3f%n", angerMae());
            out.printf(Locale.ROOT, "lang accuracy: %.3f%n", langAccuracy());
            if (errors) {
                for (int i = 0; i < gold.size(); i++) {
                    LabelledMessage g = gold.get(i);
                    TriageResult p = predicted.get(i);
                    if (g.intent() != p.intent() || !g.flags().equals(p.flags())) {
                        out.printf(Locale.ROOT, "%s gold %s %s, got %s %s (%.2f): %s%n", g.id(), g.intent().label(),
                                g.flags(), p.intent().label(), p.flags(), p.confidence(), g.text());
                    }
                }
            }
        }

        private static double ratio(int numerator, int denominator) {
            return denominator == 0 ? 0 : (double) numerator / denominator;
        }
    }
}
