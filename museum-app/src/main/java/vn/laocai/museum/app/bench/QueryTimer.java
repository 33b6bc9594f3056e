package vn.laocai.museum.app.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the query mix to one peer over HTTP, the same way for every peer: SPARQL 1.1 Protocol GET,
 * HTTP/1.1, SPARQL JSON results (N-Triples for DESCRIBE), the whole body read before the clock stops.
 */
final class QueryTimer {

    private static final Logger log = LoggerFactory.getLogger(QueryTimer.class);

    // HTTP/1.1 for both: the JDK client would otherwise try an h2c upgrade that only some servers take.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int warmups;
    private final Duration warmupTime;
    private final int runs;

    QueryTimer(int warmups, int runs) {
        this(warmups, Duration.ZERO, runs);
    }

    /**
     * @param warmups    untimed runs of each query before its timed ones
     * @param warmupTime untimed runs go on until this long has passed: a lookup of a few
     *                   milliseconds needs hundreds of runs before the JIT has compiled its path,
     *                   a scan only a few
     * @param runs       timed runs of each query
     */
    QueryTimer(int warmups, Duration warmupTime, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be positive: " + runs);
        }
        this.warmups = warmups;
        this.warmupTime = warmupTime;
        this.runs = runs;
    }

    List<QueryTiming> time(SparqlPeer peer, List<QueryMix.BenchQuery> queries) throws IOException, InterruptedException {
        // One untimed pass over the whole mix first: the first queries would otherwise pay for the
        // server's cold JIT and page cache, and whichever peer or form runs later would look faster.
        for (QueryMix.BenchQuery query : queries) {
            send(request(peer, query.text(peer.clause()), query.accept(), Duration.ofMinutes(5)));
        }
        List<QueryTiming> timings = new ArrayList<>();
        for (QueryMix.BenchQuery query : queries) {
            timings.add(time(peer, query));
        }
        return timings;
    }

    QueryTiming time(SparqlPeer peer, QueryMix.BenchQuery query) throws IOException, InterruptedException {
        HttpRequest request = request(peer, query.text(peer.clause()), query.accept(), Duration.ofMinutes(5));
        long warmupEnds = System.nanoTime() + warmupTime.toNanos();
        for (int i = 0; i < warmups || System.nanoTime() < warmupEnds; i++) {
            send(request);
        }
        double[] millis = new double[runs];
        byte[] body = null;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            body = send(request);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        QueryTiming timing = new QueryTiming(query.name(), count(query, body), millis);
        log.info("{} {}: median {} ms, {} rows", peer.label(), query.name(), String.format("%.1f", timing.median()),
                timing.rows());
        return timing;
    }

    /** Sends a query the peer must stop, and returns the seconds until its refusal (any non-200) arrived. */
    double secondsUntilStopped(SparqlPeer peer, String query) throws IOException, InterruptedException {
        HttpRequest request = request(peer, query, "application/sparql-results+json", Duration.ofMinutes(2));
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() == 200) {
            throw new IllegalStateException("The runaway query finished with 200; it should have been stopped");
        }
        log.info("{} runaway query: {} after {} s", peer.label(), response.statusCode(), String.format("%.2f", seconds));
        return seconds;
    }

    private static HttpRequest request(SparqlPeer peer, String query, String accept, Duration timeout) {
        URI uri = URI.create(peer.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).header("Accept", accept).timeout(timeout).GET().build();
    }

    private byte[] send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + request.uri().getPath() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8).strip());
        }
        return response.body();
    }

    /** Rows of the last answer, parsed after the clock stopped so parsing costs neither peer. */
    private static long count(QueryMix.BenchQuery query, byte[] body) {
        if (query.graph()) {
            return new String(body, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).count();
        }
        SPARQLResult result = ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(body));
        if (result.isBoolean()) {
            return result.getBooleanResult() ? 1 : 0;
        }
        ResultSet rows = result.getResultSet();
        long count = 0;
        while (rows.hasNext()) {
            rows.next();
            count++;
        }
        return count;
    }
}
