package io.anxin.nlp;

import io.anxin.core.message.Lang;
import io.anxin.core.triage.Act;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import io.anxin.core.triage.Triager;
import io.anxin.nlp.flags.RiskFlagDetector;
import io.anxin.nlp.text.LangDetector;
import io.anxin.nlp.text.TextNormalizer;
import io.anxin.nlp.train.Calibration;
import io.anxin.nlp.train.Trainer;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Triage with the OpenNLP maxent models trained from the corpus at build time. A risk flag is
 * raised when its patterns ({@link RiskFlagDetector}) match or its binary model gives it at least
 * its threshold ({@link Trainer#FLAG_THRESHOLDS}): the patterns are exact on what they know, the
 * model generalises to wordings they lack, and recall matters most for escalation. The models are merged into one immutable weight table ({@link CompiledModels}),
 * so a call extracts the features once and looks each token up once; the triager holds no
 * mutable state and is thread-safe. The confidence is the intent probability calibrated by
 * temperature scaling ({@link Trainer#INTENT_TEMPERATURE}).
 */
public final class OpenNlpTriager implements Triager {

    private static final int INTENT = 0;
    private static final int CATEGORY = 1;
    private static final int ANGER = 2;
    private static final int ACT = 3;
    /** The flag models follow the four others, in the order of {@link RiskFlag#values()}. */
    private static final int FIRST_FLAG = 4;
    private static final RiskFlag[] FLAGS = RiskFlag.values();

    /** Below this probability a message is not taken as a greeting, thanks, goodbye, yes or no; the act model
     * spreads short messages over seven labels, so the best one is taken when it stands this high. */
    static final double ACT_CONFIDENCE = 0.3;

    private final CompiledModels models;
    /** Per flag, the index of the "yes" outcome of its model. */
    private final int[] flagYes = new int[FLAGS.length];
    private final double[] flagThreshold = new double[FLAGS.length];
    /** The index of "complaint" among the intent model's outcomes. */
    private final int complaintIndex;

    public OpenNlpTriager(TriageModels models) {
        this.models = new CompiledModels(models.all());
        this.complaintIndex = java.util.Arrays.asList(this.models.outcomes(INTENT)).indexOf(Intent.COMPLAINT.label());
        for (RiskFlag flag : FLAGS) {
            flagYes[flag.ordinal()] = java.util.Arrays.asList(this.models.outcomes(FIRST_FLAG + flag.ordinal())).indexOf(TriageModels.FLAG_YES);
            flagThreshold[flag.ordinal()] = Trainer.FLAG_THRESHOLDS.get(flag);
        }
    }

    /** Loads the models the build trained and put on the classpath. */
    public static OpenNlpTriager fromClasspath() {
        return new OpenNlpTriager(TriageModels.fromClasspath());
    }

    /**
     * Everything the models say about one message: the triage result of the port, and the act
     * label and probability before the {@link #ACT_CONFIDENCE} cut.
     *
     * @param triage        what {@link #triage(String)} returns
     * @param act           "none" for a request, or greeting, thanks, goodbye, human, yes, no
     * @param actConfidence the probability of {@code act}
     */
    public record Analysis(TriageResult triage, String act, double actConfidence) {

        /** The label of an ordinary request, which is no conversational act. */
        public static final String NO_ACT = "none";

        public boolean isAct() {
            return !act.equals(NO_ACT);
        }
    }

    @Override
    public TriageResult triage(String text) {
        return analyse(text).triage();
    }

    /** Triage plus the conversational act (greeting, thanks, goodbye, human, yes, no or none). */
    public Analysis analyse(String text) {
        String normalized = TextNormalizer.normalize(text);
        double[][] probs = models.probabilities(normalized);

        double[] intentProbs = Calibration.sharpen(
                Calibration.shift(probs[INTENT], complaintIndex, Trainer.COMPLAINT_SHIFT), Trainer.INTENT_TEMPERATURE);
        int bestIntent = argMax(intentProbs);
        Intent intent = Intent.fromLabel(models.outcome(INTENT, bestIntent));
        @Nullable Category category = intent == Intent.COMPLAINT
                ? Category.fromLabel(models.outcome(CATEGORY, argMax(probs[CATEGORY])))
                : null;
        int anger = Integer.parseInt(models.outcome(ANGER, argMax(probs[ANGER])));
        int bestAct = argMax(probs[ACT]);

        Set<RiskFlag> found = RiskFlagDetector.detect(normalized);
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        flags.addAll(found);
        for (RiskFlag flag : FLAGS) {
            if (probs[FIRST_FLAG + flag.ordinal()][flagYes[flag.ordinal()]] >= flagThreshold[flag.ordinal()]
                    && !outletNamedElsewhere(flag, found)) {
                flags.add(flag);
            }
        }
        Lang lang = LangDetector.detect(text);
        String actLabel = models.outcome(ACT, bestAct);
        double actConfidence = clamp(probs[ACT][bestAct]);
        // An act the model is unsure of is read as a request: a ticket too many beats a complaint ignored.
        Act act = actConfidence >= ACT_CONFIDENCE ? Act.fromLabel(actLabel) : Act.NONE;
        TriageResult result = new TriageResult(intent, clamp(intentProbs[bestIntent]), category, flags, anger, lang, act);
        return new Analysis(result, actLabel, actConfidence);
    }

    /**
     * Whether the patterns already put the threat in this message to the other outlet: the media and
     * lawsuit models learnt "a threat to take it further" more than the outlet, so a message the patterns
     * read as going to the press (or to a court or regulator) and not to the other is not given the other
     * flag by its model alone. The patterns still raise both where both are named.
     */
    private static boolean outletNamedElsewhere(RiskFlag flag, Set<RiskFlag> found) {
        return switch (flag) {
            case MEDIA -> found.contains(RiskFlag.LAWSUIT);
            case LAWSUIT -> found.contains(RiskFlag.MEDIA);
            default -> false;
        };
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
