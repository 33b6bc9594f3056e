package vn.laocai.museum.app.bench;

import java.util.Locale;

/** The figures of {@code bench search}, printed against the museum's goals. */
record SearchBenchReport(int corpusDocuments, int generatedDocuments, int indexedDocuments, double buildSeconds, long indexBytes,
        SearchTimer.Run single, SearchTimer.Run two, SearchTimer.Run suggest, SearchTimer.Run suggestInside, SearchTimer.Run sample,
        SearchTimer.Run baseline) {

    static final double GOAL_MEDIAN_MS = 2.0;
    static final double GOAL_SUGGEST_MS = 1.0;
    static final double GOAL_SPEED_UP = 100.0;

    /** How many times faster than the baseline, median against median on the same sample. */
    double speedUp() {
        return baseline.timing().median() / sample.timing().median();
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Index: %,d documents (%,d from the corpus, %,d generated); built in %.2f s; %.1f MiB on disk%n",
                indexedDocuments, corpusDocuments, generatedDocuments, buildSeconds, indexBytes / 1048576.0));
        out.append(String.format(Locale.ROOT, "%-52s %8s %9s %9s %10s%n", "what", "queries", "median ms", "p95 ms", "queries/s"));
        row(out, "search, 1 thread (page of 10, facets, highlights)", single);
        row(out, "search, 2 threads", two);
        row(out, "suggest, 1 thread", suggest);
        row(out, "suggest from a later word of a name, 1 thread", suggestInside);
        row(out, "search, baseline sample, 1 thread", sample);
        row(out, "SPARQL regex baseline, same sample", baseline);
        out.append(String.format(Locale.ROOT, "baseline on a sample of %d of the %d queries (a regex scans every name, so all %d would take long)%n",
                baseline.timing().millis().length, single.timing().millis().length, single.timing().millis().length));
        out.append(String.format(Locale.ROOT, "speed-up over the baseline (median/median on the same sample): %.0fx; mean: %.0fx%n",
                speedUp(), sample.perSecond() == 0 ? 0 : sample.perSecond() / baseline.perSecond()));
        out.append(String.format(Locale.ROOT, "goals: median query < %.0f ms: %s; suggestions < %.0f ms: %s; >= %.0fx the baseline: %s%n",
                GOAL_MEDIAN_MS, verdict(single.timing().median() < GOAL_MEDIAN_MS), GOAL_SUGGEST_MS,
                verdict(suggest.timing().median() < GOAL_SUGGEST_MS), GOAL_SPEED_UP, verdict(speedUp() >= GOAL_SPEED_UP)));
        return out.toString();
    }

    private static void row(StringBuilder out, String what, SearchTimer.Run run) {
        out.append(String.format(Locale.ROOT, "%-52s %8d %9.3f %9.3f %10.1f%n", what, run.timing().millis().length,
                run.timing().median(), run.timing().p95(), run.perSecond()));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
