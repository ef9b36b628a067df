package io.anxin.bench.load;

import java.util.Arrays;

/** Every latency of a phase, in microseconds, and the failures by kind; sorted once for the percentiles. */
final class Latencies {

    private long[] micros = new long[1 << 16];
    private int count;
    private int failures;
    private final java.util.Map<String, Integer> failureKinds = new java.util.TreeMap<>();

    synchronized void ok(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1000;
    }

    synchronized void failed(String kind) {
        failures++;
        failureKinds.merge(kind, 1, Integer::sum);
    }

    synchronized int count() {
        return count;
    }

    synchronized String summary(String name, double seconds) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return String.format("| %s | %,d | %,.0f | %s | %s | %s | %s | %d%s |", name, count, count / seconds,
                ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999), count == 0 ? "-" : fmt(sorted[count - 1]), failures,
                failureKinds.isEmpty() ? "" : " " + failureKinds);
    }

    static String header() {
        return "| what | answered | per second | p50 ms | p99 ms | p99.9 ms | max ms | failed |\n|---|---|---|---|---|---|---|---|";
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        return fmt(sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]);
    }

    private static String fmt(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }
}
