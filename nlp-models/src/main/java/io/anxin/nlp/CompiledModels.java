package io.anxin.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of several maxent document categorisers merged into one table keyed by feature
 * token, so that one hash look-up per token serves every model. It computes exactly what
 * {@code DocumentCategorizerME.categorize} computes for a GIS model with the default
 * bag-of-words generator (uniform log prior, weights summed in token order, {@link StrictMath#exp},
 * normalised), which {@code CompiledModelsTest} checks, but without building a "bow=" string and
 * a context array per model and token.
 */
final class CompiledModels {

    private static final String BOW_PREFIX = "bow=";

    private final String[][] outcomes;
    private final double[] logPriors;
    private final Map<String, Context[]> table;

    CompiledModels(List<DoccatModel> models) {
        int n = models.size();
        this.outcomes = new String[n][];
        this.logPriors = new double[n];
        this.table = new HashMap<>();
        for (int m = 0; m < n; m++) {
            AbstractModel maxent = (AbstractModel) models.get(m).getMaxentModel();
            if (maxent.getModelType() != AbstractModel.ModelType.Maxent) {
                throw new IllegalArgumentException("only GIS maxent models can be compiled, not " + maxent.getModelType());
            }
            Object[] data = maxent.getDataStructures();
            @SuppressWarnings("unchecked")
            Map<String, Context> predicates = (Map<String, Context>) data[1];
            outcomes[m] = ((String[]) data[2]).clone();
            logPriors[m] = Math.log(1.0 / outcomes[m].length);
            for (Map.Entry<String, Context> entry : predicates.entrySet()) {
                String key = entry.getKey();
                if (!key.startsWith(BOW_PREFIX)) {
                    throw new IllegalArgumentException("unexpected feature '" + key + "': only the bag-of-words generator is supported");
                }
                table.computeIfAbsent(key.substring(BOW_PREFIX.length()), k -> new Context[n])[m] = entry.getValue();
            }
        }
    }

    /** The outcome labels of model {@code m}, in the order of its probabilities. */
    String[] outcomes(int m) {
        return outcomes[m].clone();
    }

    String outcome(int m, int index) {
        return outcomes[m][index];
    }

    /** The probability of every outcome of every model, {@code [model][outcome]}. */
    double[][] probabilities(String[] tokens) {
        int n = outcomes.length;
        double[][] scores = new double[n][];
        for (int m = 0; m < n; m++) {
            scores[m] = new double[outcomes[m].length];
            java.util.Arrays.fill(scores[m], logPriors[m]);
        }
        for (String token : tokens) {
            Context[] contexts = table.get(token);
            if (contexts == null) {
                continue;
            }
            for (int m = 0; m < n; m++) {
                Context context = contexts[m];
                if (context == null) {
                    continue;
                }
                int[] active = context.getOutcomes();
                double[] parameters = context.getParameters();
                double[] score = scores[m];
                for (int a = 0; a < active.length; a++) {
                    score[active[a]] += parameters[a] * 1.0;
                }
            }
        }
        for (double[] score : scores) {
            double normal = 0;
            for (int o = 0; o < score.length; o++) {
                score[o] = StrictMath.exp(score[o]);
                normal += score[o];
            }
            for (int o = 0; o < score.length; o++) {
                score[o] /= normal;
            }
        }
        return scores;
    }
}
