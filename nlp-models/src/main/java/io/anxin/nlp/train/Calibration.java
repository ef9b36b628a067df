package io.anxin.nlp.train;

/**
 * Temperature scaling of a probability distribution: {@code p_i^(1/T)} renormalised. A
 * temperature below 1 sharpens an under-confident model without changing which outcome is most
 * likely; {@link CrossValidate} fits the temperature on out-of-fold predictions of the corpus.
 */
public final class Calibration {

    private Calibration() {}

    /** The distribution with outcome {@code index} multiplied by {@code exp(logShift)}, renormalised. */
    public static double[] shift(double[] probabilities, int index, double logShift) {
        double[] out = probabilities.clone();
        if (index < 0 || logShift == 0) {
            return out;
        }
        out[index] *= Math.exp(logShift);
        double sum = 0;
        for (double p : out) {
            sum += p;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = sum == 0 ? 1.0 / out.length : out[i] / sum;
        }
        return out;
    }

    public static double[] sharpen(double[] probabilities, double temperature) {
        double[] out = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.pow(probabilities[i], 1 / temperature);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = sum == 0 ? 1.0 / out.length : out[i] / sum;
        }
        return out;
    }
}
