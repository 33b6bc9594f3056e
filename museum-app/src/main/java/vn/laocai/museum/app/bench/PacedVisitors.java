package vn.laocai.museum.app.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Visitors who read: {@code visitors} sessions alive at once for a fixed time, each opening a
 * species page (first HTML and live view), then reading it for a while before opening the next,
 * as people in the galleries or at a kiosk between touches do. Reading times are exponential
 * with the given mean, seeded per visitor, so every run asks the same pages at the same moments;
 * each visitor starts after a first reading time of its own, so they do not all arrive at once.
 *
 * <pre>{@code
 * List<SpeciesVisit.Times> times = new PacedVisitors(50, Duration.ofSeconds(4), 42).run(base, pages, Duration.ofSeconds(60));
 * }</pre>
 */
final class PacedVisitors {

    private final int visitors;
    private final Duration meanReading;
    private final long seed;

    PacedVisitors(int visitors, Duration meanReading, long seed) {
        if (visitors < 1) {
            throw new IllegalArgumentException("visitors must be at least 1: " + visitors);
        }
        this.visitors = visitors;
        this.meanReading = meanReading;
        this.seed = seed;
    }

    /** Every visit made before {@code duration} ran out, in the order each visitor made them. */
    List<SpeciesVisit.Times> run(URI base, List<String> pages, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        List<SpeciesVisit.Times> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(visitors)) {
            List<Future<List<SpeciesVisit.Times>>> each = new ArrayList<>();
            for (int v = 0; v < visitors; v++) {
                Random random = new Random(seed + v);
                each.add(pool.submit(() -> visitor(base, pages, random, end)));
            }
            for (Future<List<SpeciesVisit.Times>> visits : each) {
                all.addAll(visits.get());
            }
        }
        return all;
    }

    private List<SpeciesVisit.Times> visitor(URI base, List<String> pages, Random random, long end) throws Exception {
        List<SpeciesVisit.Times> visits = new ArrayList<>();
        try (HttpClient visitor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build()) {
            while (true) {
                long reading = (long) (-Math.log(1 - random.nextDouble()) * meanReading.toNanos());
                if (System.nanoTime() + reading >= end) {
                    return visits;
                }
                Thread.sleep(Duration.ofNanos(reading));
                if (!visits.isEmpty()) {
                    // Untimed, as in a browser: the page read is left before the next one opens.
                    SpeciesVisit.leave(visitor, base, visits.getLast());
                }
                visits.add(SpeciesVisit.open(visitor, base, pages.get(random.nextInt(pages.size()))));
            }
        }
    }
}
