package io.anxin.nlp;

import io.anxin.nlp.text.FeatureExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 *
 * <p>The table is flat, for speed on long messages where the look-ups dominate: token characters
 * in one array, an open-addressing index of ints, and each token's weights as one run of
 * (outcome, weight) pairs over the outcomes of all models. Tokens come straight from
 * {@link FeatureExtractor#visit} as characters, so a call makes no string per token.
 */
final class CompiledModels {

    private static final String BOW_PREFIX = "bow=";

    private final String[][] outcomes;
    /** Where each model's outcomes start in the flat score array. */
    private final int[] offsets;
    private final int totalOutcomes;
    private final double[] logPriors;

    /** The characters of the tokens longer than {@link #PACKED} characters, {@code keyChars[keyStart[t] .. keyStart[t + 1])}. */
    private final char[] keyChars;
    private final int[] keyStart;
    /**
     * Open addressing, two longs per slot: the key, and the value (0 for an empty slot). A token
     * of up to three characters (every Chinese n-gram) is its own key, packed into the long, so a
     * look-up touches one cache line of the table; a longer one is keyed by its hash and checked
     * against {@link #keyChars}. The value holds 1 + the token index, where its weights start and
     * how many there are.
     */
    private final long[] table;
    private final int mask;
    /** The weights of all tokens, each token's as one run of (outcome over all models, weight). */
    private final byte[] weightOutcome;
    private final double[] weight;

    private static final int PACKED = 3;

    /**
     * One bit per hash of a known token, 128 KB, small enough to stay in the CPU cache: most
     * n-grams of a message (nearly all trigrams) are unknown to the models, and the bit says so
     * without a look-up in the large table.
     */
    private final long[] known = new long[1 << 14];

    CompiledModels(List<DoccatModel> models) {
        int n = models.size();
        this.outcomes = new String[n][];
        this.offsets = new int[n + 1];
        Map<String, List<double[]>> byToken = new LinkedHashMap<>();
        for (int m = 0; m < n; m++) {
            AbstractModel maxent = (AbstractModel) models.get(m).getMaxentModel();
            if (maxent.getModelType() != AbstractModel.ModelType.Maxent) {
                throw new IllegalArgumentException("only GIS maxent models can be compiled, not " + maxent.getModelType());
            }
            Object[] data = maxent.getDataStructures();
            @SuppressWarnings("unchecked")
            Map<String, Context> predicates = (Map<String, Context>) data[1];
            outcomes[m] = ((String[]) data[2]).clone();
            offsets[m + 1] = offsets[m] + outcomes[m].length;
            for (Map.Entry<String, Context> entry : predicates.entrySet()) {
                String key = entry.getKey();
                if (!key.startsWith(BOW_PREFIX)) {
                    throw new IllegalArgumentException("unexpected feature '" + key + "': only the bag-of-words generator is supported");
                }
                int[] active = entry.getValue().getOutcomes();
                double[] parameters = entry.getValue().getParameters();
                List<double[]> pairs = byToken.computeIfAbsent(key.substring(BOW_PREFIX.length()), k -> new ArrayList<>());
                for (int a = 0; a < active.length; a++) {
                    pairs.add(new double[] {offsets[m] + active[a], parameters[a]});
                }
            }
        }
        this.totalOutcomes = offsets[n];
        this.logPriors = new double[totalOutcomes];
        for (int m = 0; m < n; m++) {
            Arrays.fill(logPriors, offsets[m], offsets[m + 1], Math.log(1.0 / outcomes[m].length));
        }

        int tokens = byToken.size();
        int pairs = byToken.values().stream().mapToInt(List::size).sum();
        if (totalOutcomes > Byte.MAX_VALUE || tokens >= 1 << 23) {
            throw new IllegalArgumentException("too many outcomes or tokens to compile: " + totalOutcomes + ", " + tokens);
        }
        this.keyChars = new char[byToken.keySet().stream().filter(k -> k.length() > PACKED).mapToInt(String::length).sum()];
        this.keyStart = new int[tokens + 1];
        this.weightOutcome = new byte[pairs];
        this.weight = new double[pairs];
        // at most half full: probing stays short, and the table takes 2 MB instead of the 4 of a fifth full
        int capacity = Integer.highestOneBit(Math.max(4, tokens) * 2 - 1) << 1;
        this.table = new long[2 * capacity];
        this.mask = capacity - 1;
        int t = 0;
        int w = 0;
        for (Map.Entry<String, List<double[]>> entry : byToken.entrySet()) {
            String key = entry.getKey();
            keyStart[t + 1] = keyStart[t];
            if (key.length() > PACKED) {
                key.getChars(0, key.length(), keyChars, keyStart[t]);
                keyStart[t + 1] += key.length();
            }
            int start = w;
            for (double[] pair : entry.getValue()) {
                weightOutcome[w] = (byte) pair[0];
                weight[w] = pair[1];
                w++;
            }
            long packed = key(key.toCharArray(), key.length());
            int bit = knownBit(packed);
            known[bit >>> 6] |= 1L << bit;
            int slot = slot(packed);
            while (table[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = packed;
            table[2 * slot + 1] = ((long) (t + 1) << 40) | ((long) start << 8) | (w - start);
            t++;
        }
    }

    /** The outcome labels of model {@code m}, in the order of its probabilities. */
    String[] outcomes(int m) {
        return outcomes[m].clone();
    }

    String outcome(int m, int index) {
        return outcomes[m][index];
    }

    /** The probability of every outcome of every model, {@code [model][outcome]}, for a normalised message. */
    double[][] probabilities(String normalized) {
        double[] scores = logPriors.clone();
        FeatureExtractor.visit(normalized, (chars, length) -> add(scores, chars, length));
        return normalise(scores);
    }

    private void add(double[] scores, char[] chars, int length) {
        long value = find(chars, length);
        int start = (int) (value >>> 8) & 0xFFFFFFFF;
        int end = start + (int) (value & 0xFF);
        for (int w = start; w < end; w++) {
            // OpenNLP multiplies each weight by the feature value, 1 for a bag-of-words token
            scores[weightOutcome[w]] += weight[w] * 1.0;
        }
    }

    /** The value of the token's slot, or 0 if the models do not know it. */
    private long find(char[] chars, int length) {
        long key = key(chars, length);
        int bit = knownBit(key);
        if ((known[bit >>> 6] & (1L << bit)) == 0) {
            return 0;
        }
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long value = table[2 * slot + 1];
            if (value == 0) {
                return 0;
            }
            if (table[2 * slot] == key && (length <= PACKED || sameChars((int) (value >>> 40) - 1, chars, length))) {
                return value;
            }
        }
    }

    /** Up to three characters and the length packed into 50 bits; a longer token: the top bit, its length and its hash. */
    private static long key(char[] chars, int length) {
        if (length <= PACKED) {
            long key = (long) length << 48;
            for (int i = 0; i < length; i++) {
                key |= (long) chars[i] << (16 * (2 - i));
            }
            return key;
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        return Long.MIN_VALUE | ((long) length << 32) | (hash & 0xFFFFFFFFL);
    }

    /** 20 bits of the key's hash other than those {@link #slot} uses. */
    private static int knownBit(long key) {
        return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> 44);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    /** A plain loop: tokens are a few characters, too short for the vectorised {@code Arrays.equals}. */
    private boolean sameChars(int t, char[] chars, int length) {
        int from = keyStart[t];
        if (keyStart[t + 1] - from != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (keyChars[from + i] != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private double[][] normalise(double[] scores) {
        double[][] out = new double[outcomes.length][];
        for (int m = 0; m < outcomes.length; m++) {
            double[] score = Arrays.copyOfRange(scores, offsets[m], offsets[m + 1]);
            double normal = 0;
            for (int o = 0; o < score.length; o++) {
                score[o] = StrictMath.exp(score[o]);
                normal += score[o];
            }
            for (int o = 0; o < score.length; o++) {
                score[o] /= normal;
            }
            out[m] = score;
        }
        return out;
    }
}
