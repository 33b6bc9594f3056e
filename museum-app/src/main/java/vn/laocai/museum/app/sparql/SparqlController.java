package vn.laocai.museum.app.sparql;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laocai.museum.app.base.web.ClientConnection;
import vn.laocai.museum.app.system.MuseumProperties;
import vn.laocai.museum.sparql.PublicSparql;
import vn.laocai.museum.sparql.QueryCancellation;
import vn.laocai.museum.sparql.SparqlException;
import vn.laocai.museum.sparql.SparqlResult;

/**
 * The public SPARQL 1.1 Protocol endpoint at {@code /sparql}: queries only, over the public graph
 * only. Results are complete before the response starts, so a stopped query is an error status,
 * never a truncated 200; a query whose client disconnects is cancelled.
 */
@RestController
@CrossOrigin(origins = "*", exposedHeaders = {SparqlController.TRUNCATED, SparqlController.QUERY_TIME})
class SparqlController {

    private static final Logger log = LoggerFactory.getLogger(SparqlController.class);
    static final String TRUNCATED = "Museum-Result-Truncated";
    static final String QUERY_TIME = "Museum-Query-Time-Ms";
    private static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");

    private final PublicSparql sparql;
    private final ServiceDescription description;
    /** Queries running at once; beyond it callers are told to come back, so visitors' pages stay fast. */
    private final Semaphore gate;
    /** Looks at the connections of running queries' clients every {@link #WATCH_MILLIS}. */
    private final ScheduledExecutorService watching = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sparql-client-watch").factory());
    private static final long WATCH_MILLIS = 250;

    SparqlController(PublicSparql sparql, ServiceDescription description, MuseumProperties properties) {
        this.sparql = sparql;
        this.description = description;
        this.gate = new Semaphore(properties.sparql().maxConcurrent());
    }

    @GetMapping("/sparql")
    ResponseEntity<byte[]> get(@RequestParam(required = false) String query,
            @RequestParam(required = false) String update,
            @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (update == null && query == null) {
            return description.respond(format, accept);
        }
        return answer(query, update, defaultGraphs, format, accept, request, response);
    }

    @PostMapping(value = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> postForm(@RequestParam(required = false) String query,
            @RequestParam(required = false) String update,
            @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(query, update, defaultGraphs, format, accept, request, response);
    }

    @PostMapping(value = "/sparql", consumes = "application/sparql-query")
    ResponseEntity<byte[]> postQuery(@RequestBody String query,
            @RequestParam(name = "default-graph-uri", required = false) List<String> defaultGraphs,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(query, null, defaultGraphs, format, accept, request, response);
    }

    @PostMapping(value = "/sparql", consumes = "application/sparql-update")
    ResponseEntity<byte[]> postUpdate() {
        return forbiddenUpdate();
    }

    @PreDestroy
    void stopWatching() {
        watching.shutdownNow();
    }

    /**
     * Runs the query on the request's thread and watches the client's connection meanwhile: when
     * the client disconnects the query is cancelled and its slot freed at once instead of at the
     * time limit. A result is written straight to {@code response} (and null returned); a refusal
     * or error is returned.
     */
    private ResponseEntity<byte[]> answer(String text, String update, List<String> defaultGraphs,
            String format, String accept, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (update != null) {
            return forbiddenUpdate();
        }
        if (!gate.tryAcquire()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(withCharset(MediaType.TEXT_PLAIN))
                    .body(bytes("The SPARQL endpoint is busy with other queries; try again in a few seconds.\n"));
        }
        QueryCancellation cancellation = new QueryCancellation();
        Optional<ScheduledFuture<?>> watch = ClientConnection.watch(request.getLocalPort(), request.getRemotePort())
                .map(client -> watching.scheduleWithFixedDelay(() -> {
                    if (client.gone()) {
                        cancellation.cancel();
                    }
                }, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS));
        try {
            return respond(text, defaultGraphs, format, accept, cancellation, response);
        } finally {
            watch.ifPresent(future -> future.cancel(false));
            gate.release();
        }
    }

    private ResponseEntity<byte[]> respond(String text, List<String> defaultGraphs, String format, String accept,
            QueryCancellation cancellation, HttpServletResponse response) throws IOException {
        SparqlResult result;
        try {
            result = sparql.run(text, defaultGraphs, cancellation);
        } catch (SparqlException e) {
            if (e.kind() == SparqlException.Kind.CANCELLED) {
                log.info("A SPARQL query was cancelled: its client disconnected");
            }
            return error(e);
        }
        boolean rows = !(result instanceof SparqlResult.Graph);
        Optional<SparqlFormat> chosen = SparqlFormat.choose(rows, format, accept);
        if (chosen.isEmpty()) {
            return plain(HttpStatus.NOT_ACCEPTABLE, "None of the accepted media types can carry this result. "
                    + (rows ? "Rows: application/sparql-results+json, +xml, text/csv, text/tab-separated-values."
                            : "Graphs: text/turtle, application/ld+json, application/rdf+xml, application/n-triples."));
        }
        // The result is whole in memory: written here, past Spring's message converters, in one piece.
        byte[] body = write(result, chosen.get());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(withCharset(chosen.get().mediaType()).toString());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.setHeader(QUERY_TIME, Long.toString(result.took().toMillis()));
        if (truncated(result)) {
            response.setHeader(TRUNCATED, "true; limit=" + sparql.maxRows());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return null;
    }

    private static boolean truncated(SparqlResult result) {
        return switch (result) {
            case SparqlResult.Rows rows -> rows.truncated();
            case SparqlResult.Graph graph -> graph.truncated();
            case SparqlResult.Answer answer -> false;
        };
    }

    private static byte[] write(SparqlResult result, SparqlFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        switch (result) {
            case SparqlResult.Rows rows -> ResultsWriter.create().lang(format.lang()).build().write(out, rows.rowSet());
            case SparqlResult.Answer answer -> ResultsWriter.create().lang(format.lang()).build().write(out, answer.value());
            case SparqlResult.Graph graph -> RDFDataMgr.write(out, graph.model(), format.lang());
        }
        return out.toByteArray();
    }

    private static MediaType withCharset(MediaType type) {
        return new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
    }

    private ResponseEntity<byte[]> error(SparqlException e) {
        return switch (e.kind()) {
            case SYNTAX -> plain(HttpStatus.BAD_REQUEST, "Query syntax error: " + e.getMessage());
            case FORBIDDEN -> plain(HttpStatus.BAD_REQUEST, e.getMessage());
            case CANCELLED -> plain(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            case TIMEOUT -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "60")
                    .contentType(withCharset(MediaType.TEXT_PLAIN))
                    .body(bytes(e.getMessage() + ". Narrow the query (LIMIT, more specific patterns) and try again.\n"));
        };
    }

    private static ResponseEntity<byte[]> forbiddenUpdate() {
        return ResponseEntity.status(HttpServletResponse.SC_METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, "GET, POST")
                .contentType(withCharset(MediaType.TEXT_PLAIN))
                .body(bytes("This endpoint answers queries only; SPARQL Update is not accepted.\n"));
    }

    static ResponseEntity<byte[]> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(withCharset(MediaType.TEXT_PLAIN)).body(bytes(message + "\n"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
