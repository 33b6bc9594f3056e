package vn.laocai.museum.app.bench;

import java.util.Arrays;

/**
 * The timed runs of one query on one peer, and how many rows (or triples, or ASK as 1/0) it answered.
 */
record QueryTiming(String query, long rows, double[] millis) {

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    /** Nearest-rank percentile: always one of the measured values, never an interpolation. */
    double percentile(int percent) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
