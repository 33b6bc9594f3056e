package vn.laocai.museum.app.bench;

import java.time.Duration;
import java.util.List;

/**
 * What one run of {@code bench sparql} measured, and its table for stdout.
 *
 * @param corpusTriples     public-graph triples the museum loaded from its corpus
 * @param loaded            the synthetic graph written beside them, and how long that took
 * @param ours              per query, ours (same order as {@code fuseki})
 * @param fuseki            per query, Fuseki with {@code GRAPH <public>} around the pattern
 * @param fusekiFrom        per query, Fuseki with {@code FROM <public>}
 * @param oursResidentKb    VmRSS of ours after its runs; -1 if not measured
 * @param fusekiResidentKb  VmRSS of Fuseki after its runs (both forms); -1 if not measured
 * @param runawayLimit      the time limit ours was started with for the runaway query
 * @param runawaySeconds    request to 503 of the runaway query; null if not measured
 */
record SparqlBenchReport(long corpusTriples, SyntheticLoad.Loaded loaded, int warmups, int runs,
        List<QueryTiming> ours, List<QueryTiming> fuseki, List<QueryTiming> fusekiFrom, long oursResidentKb,
        long fusekiResidentKb, Duration runawayLimit, Double runawaySeconds) {

    String table() {
        StringBuilder out = new StringBuilder();
        double loadSeconds = loaded.took().toNanos() / 1e9;
        out.append(String.format("SPARQL over HTTP, one TDB2 dataset: corpus %,d triples + synthetic %,d triples "
                        + "(bulk load %.1f s, %,.0f triples/s)%n", corpusTriples, loaded.triples(), loadSeconds,
                loaded.triples() / loadSeconds));
        out.append(String.format("per query: %d warm-up runs or more (at least the warm-up time) then %d timed runs; ms, whole body read; ours = museum /sparql "
                + "(public graph as default), Fuseki = jena-fuseki-server 6.2.0, 32 KiB output buffer, "
                + "GRAPH <public> { … }; last column: Fuseki with FROM <public> instead%n%n", warmups, runs));
        out.append(String.format("%-18s %-6s %9s %9s %9s %10s %10s %12s %10s%n", "query", "kind", "rows", "ours med",
                "ours p95", "Fuseki med", "Fuseki p95", "ours/Fuseki", "FROM med"));
        for (int i = 0; i < ours.size(); i++) {
            QueryTiming mine = ours.get(i);
            QueryTiming theirs = fuseki.get(i);
            QueryTiming from = fusekiFrom.get(i);
            // All must answer alike, or the timings compare different work.
            boolean alike = mine.rows() == theirs.rows() && mine.rows() == from.rows();
            String rows = alike ? Long.toString(mine.rows()) : mine.rows() + "≠" + theirs.rows() + "≠" + from.rows();
            out.append(String.format("%-18s %-6s %9s %9.1f %9.1f %10.1f %10.1f %11.2fx %10.1f%n", mine.query(),
                    kind(mine.query()), rows, mine.median(), mine.p95(), theirs.median(), theirs.p95(),
                    mine.median() / theirs.median(), from.median()));
        }
        out.append(String.format("%nresident memory after the runs (VmRSS): ours %s, Fuseki %s%n",
                mebibytes(oursResidentKb), mebibytes(fusekiResidentKb)));
        if (runawaySeconds == null) {
            out.append("runaway query (ours): not measured\n");
        } else {
            out.append(String.format("runaway cartesian query, ours with a %.1f s limit: 503 after %.2f s "
                            + "(%.2f s past the limit)%n", runawayLimit.toMillis() / 1e3, runawaySeconds,
                    runawaySeconds - runawayLimit.toMillis() / 1e3));
        }
        return out.toString();
    }

    private static String kind(String query) {
        return QueryMix.QUERIES.stream().filter(q -> q.name().equals(query)).findFirst()
                .map(q -> q.kind().name().toLowerCase(java.util.Locale.ROOT)).orElse("?");
    }

    private static String mebibytes(long kb) {
        return kb < 0 ? "n/a" : (kb / 1024) + " MiB";
    }
}
