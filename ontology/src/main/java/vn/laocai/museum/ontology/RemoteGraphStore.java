package vn.laocai.museum.ontology;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A graph store on a remote SPARQL 1.1 server (Apache Jena Fuseki or any other), over HTTP. Reads
 * go to the query service with the named graph as the query's {@code FROM}; each {@link #write} is
 * sent as one SPARQL Update request, which the server applies atomically (SPARQL 1.1 Update asks
 * that of every server, and Fuseki runs each request in one transaction).
 *
 * <pre>{@code
 * try (GraphStore store = RemoteGraphStore.connect(URI.create("http://fuseki:3030/museum"))) {
 *     long triples = store.size(MuseumGraph.PUBLIC);
 * }
 * }</pre>
 *
 * <p>Connecting sends nothing: the first read, write or {@link #health()} finds out whether the
 * store is there. One instance serves many threads: each call is its own HTTP exchange over one
 * shared {@link HttpClient}. Blank nodes cannot be query bindings or be removed with
 * {@code removeResource}: sent to a server, a blank node names a new node there.
 */
public final class RemoteGraphStore implements GraphStore {

    private static final Logger log = LoggerFactory.getLogger(RemoteGraphStore.class);
    private static final Query COUNT = QueryFactory.create("SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }");

    private final SparqlEndpoints endpoints;
    private final RemoteStoreSettings settings;
    private final HttpClient http;
    private final RDFConnection connection;

    private RemoteGraphStore(SparqlEndpoints endpoints, RemoteStoreSettings settings, HttpClient http) {
        this.endpoints = endpoints;
        this.settings = settings;
        this.http = http;
        this.connection = RDFConnectionRemote.service(endpoints.dataset().toString())
                .queryEndpoint(endpoints.query().toString())
                .updateEndpoint(endpoints.update().toString())
                .gspEndpoint(endpoints.graphStore().toString())
                .httpClient(http)
                .build();
    }

    /** The dataset at {@code datasetUrl} with Fuseki's service names, no credentials. */
    public static RemoteGraphStore connect(URI datasetUrl) {
        return connect(datasetUrl, RemoteStoreSettings.defaults());
    }

    /** The dataset at {@code datasetUrl}, its services, timeouts and credentials as {@code settings} say. */
    public static RemoteGraphStore connect(URI datasetUrl, RemoteStoreSettings settings) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        Objects.requireNonNull(settings, "settings");
        SparqlEndpoints endpoints = SparqlEndpoints.resolve(datasetUrl, settings);
        HttpClient.Builder http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (settings.hasCredentials()) {
            http.authenticator(new StoreAuthenticator(endpoints.dataset(), settings.username(), settings.password()));
        }
        log.info("Remote graph store: query {}, update {}, graph store {}{}", endpoints.query(), endpoints.update(),
                endpoints.graphStore(), settings.hasCredentials() ? " as " + settings.username() : "");
        return new RemoteGraphStore(endpoints, settings, http.build());
    }

    @Override
    public List<QuerySolution> select(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
        return call(endpoints.query(), () -> {
            try (QueryExecution exec = execution(graph, query, bindings)) {
                // The rows stream from the HTTP response, which ends with the execution: copy them all now.
                return QueryRows.copy(exec.execSelect());
            }
        });
    }

    @Override
    public Model construct(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
        return call(endpoints.query(), () -> {
            try (QueryExecution exec = execution(graph, query, bindings)) {
                // Parsed from the response into a new in-memory model: already detached from the store.
                return query.isDescribeType() ? exec.execDescribe() : exec.execConstruct();
            }
        });
    }

    @Override
    public <T> T queryPublic(Query query, Duration timeout, Function<QueryExecution, T> reader) {
        Objects.requireNonNull(query, "query");
        // The caller's FROM / FROM NAMED are dropped: the public graph is the whole dataset, and
        // with a FROM and no FROM NAMED, GRAPH ?g finds nothing.
        Query scoped = query.cloneQuery();
        scoped.getGraphURIs().clear();
        scoped.getNamedGraphURIs().clear();
        scoped.addGraphURI(MuseumGraph.PUBLIC.iri());
        return call(endpoints.query(), () -> {
            try (QueryExecution exec = connection.newQuery().query(scoped)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return reader.apply(exec);
            }
        });
    }

    private QueryExecution execution(MuseumGraph graph, Query query, Map<String, ? extends RDFNode> bindings) {
        Objects.requireNonNull(bindings, "bindings");
        QueryExecutionBuilder builder = connection.newQuery()
                .query(overGraph(query, graph))
                .timeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        // Jena substitutes the values into the query syntax tree; the terms are checked first,
        // because it then writes IRIs into the query text unescaped.
        bindings.forEach((name, value) -> {
            SparqlNodes.term(value.asNode());
            builder.substitution(name, value);
        });
        return builder.build();
    }

    /** A copy of the query whose default graph is the one named graph, and nothing else. */
    private static Query overGraph(Query query, MuseumGraph graph) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(graph, "graph");
        if (query.hasDatasetDescription()) {
            // Its own FROM would be merged with ours and widen the query beyond the one graph.
            throw new IllegalArgumentException("The store chooses the graph: the query must have no FROM or FROM NAMED");
        }
        Query scoped = query.cloneQuery();
        scoped.addGraphURI(graph.iri());
        return scoped;
    }

    @Override
    public void write(Consumer<GraphWriter> changes) {
        Objects.requireNonNull(changes, "changes");
        SparqlUpdateWriter writer = new SparqlUpdateWriter();
        // Nothing is sent until the callback has returned: if it throws, the store never hears of the write.
        changes.accept(writer);
        UpdateRequest request = writer.seal();
        if (request.getOperations().isEmpty()) {
            return;
        }
        log.debug("Sending {} update operations to {}", request.getOperations().size(), endpoints.update());
        call(endpoints.update(), () -> {
            connection.newUpdate()
                    .update(request)
                    .timeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .execute();
            return null;
        });
    }

    @Override
    public long size(MuseumGraph graph) {
        List<QuerySolution> rows = select(graph, COUNT, Map.of());
        return rows.getFirst().getLiteral("triples").getLong();
    }

    @Override
    public ComponentHealth health() {
        try {
            long triples = size(MuseumGraph.PUBLIC);
            return ComponentHealth.up("SPARQL store at " + endpoints.query() + ", public graph holds " + triples + " triples");
        } catch (RuntimeException e) {
            log.debug("Health check of {} failed", endpoints.query(), e);
            return ComponentHealth.down("SPARQL store at " + endpoints.query() + " cannot be read: " + HttpFailures.reason(e));
        }
    }

    @Override
    public void close() {
        connection.close();
        http.close();
    }

    @Override
    public String toString() {
        return "RemoteGraphStore[" + endpoints.dataset() + "]";
    }

    /** Runs one HTTP exchange; if the exchange itself fails, the exception says with which service and why. */
    private static <T> T call(URI service, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (HttpException | QueryExceptionHTTP e) {
            throw new GraphStoreException("SPARQL service " + service + " failed: " + HttpFailures.reason(e), e);
        }
    }
}
