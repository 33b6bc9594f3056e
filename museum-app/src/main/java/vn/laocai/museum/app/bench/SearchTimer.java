package vn.laocai.museum.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.laocai.museum.search.SearchIndex;
import vn.laocai.museum.search.SearchRequest;

/**
 * Times the query mix on a {@link SearchIndex} the way the API asks it: a first page of 10 hits
 * with every facet counted and every hit highlighted. On several threads each takes every n-th
 * query, and throughput is queries over wall time.
 */
final class SearchTimer {

    private static final int PAGE = 10;
    private static final int SUGGESTIONS = 10;

    /** Latencies of one run, and its wall time. */
    record Run(QueryTiming timing, double seconds) {
        double perSecond() {
            return timing.millis().length / seconds;
        }
    }

    private final SearchIndex index;

    SearchTimer(SearchIndex index) {
        this.index = index;
    }

    /** Runs everything twice untimed, so the JIT and the page cache are warm for every run that follows. */
    void warmUp(List<String> queries, List<String> prefixes) {
        for (int pass = 0; pass < 2; pass++) {
            queries.forEach(this::search);
            prefixes.forEach(prefix -> index.suggest(prefix, SUGGESTIONS));
        }
    }

    Run search(List<String> queries, int threads) throws Exception {
        double[] millis = new double[queries.size()];
        long[] hits = new long[threads];
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int first = thread;
                done.add(pool.submit(() -> {
                    for (int i = first; i < queries.size(); i += threads) {
                        long begun = System.nanoTime();
                        hits[first] += search(queries.get(i));
                        millis[i] = (System.nanoTime() - begun) / 1e6;
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(new QueryTiming(threads + " thread(s)", java.util.Arrays.stream(hits).sum(), millis), seconds);
    }

    Run suggest(List<String> prefixes) {
        double[] millis = new double[prefixes.size()];
        long found = 0;
        long started = System.nanoTime();
        for (int i = 0; i < prefixes.size(); i++) {
            long begun = System.nanoTime();
            found += index.suggest(prefixes.get(i), SUGGESTIONS).size();
            millis[i] = (System.nanoTime() - begun) / 1e6;
        }
        return new Run(new QueryTiming("suggest", found, millis), (System.nanoTime() - started) / 1e9);
    }

    private long search(String query) {
        return index.search(SearchRequest.of(query).page(0, PAGE)).total();
    }
}
