package vn.laocai.museum.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * A tiny in-memory SPARQL endpoint standing in for both peers, so a test can run the query mix in
 * milliseconds: {@code /ours} sees the public graph as default like our endpoint, {@code /fuseki}
 * holds it as a named graph and answers {@code FROM} as Fuseki does, {@code /limited} stops every
 * query after 200 ms with a 503 like ours.
 */
final class TinySparqlServer implements AutoCloseable {

    static final long LIMIT_MS = 200;

    private final HttpServer server;
    private final Dataset publicAsDefault;
    private final Dataset whole;

    private TinySparqlServer(HttpServer server, Graph publicGraph) {
        this.server = server;
        this.publicAsDefault = DatasetFactory.wrap(ModelFactory.createModelForGraph(publicGraph));
        this.whole = DatasetFactory.create();
        whole.addNamedModel(QueryMix.PUBLIC_GRAPH, ModelFactory.createModelForGraph(publicGraph));
    }

    static TinySparqlServer start(SyntheticHerbGraph data) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        data.writeTo(StreamRDFLib.graph(graph));
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        TinySparqlServer tiny = new TinySparqlServer(http, graph);
        http.createContext("/ours", exchange -> tiny.answer(exchange, tiny.publicAsDefault, 0));
        http.createContext("/fuseki", exchange -> tiny.answer(exchange, tiny.whole, 0));
        http.createContext("/limited", exchange -> tiny.answer(exchange, tiny.publicAsDefault, LIMIT_MS));
        http.start();
        return tiny;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void answer(HttpExchange exchange, Dataset dataset, long limitMs) throws IOException {
        String raw = exchange.getRequestURI().getRawQuery();
        Query query = QueryFactory.create(URLDecoder.decode(raw.substring("query=".length()), StandardCharsets.UTF_8));
        Dataset target = dataset;
        if (query.hasDatasetDescription()) {
            // As Fuseki does: FROM picks graphs of the served dataset, and the query then runs without it.
            target = DatasetFactory.wrap(DynamicDatasets.dynamicDataset(DatasetDescription.create(query),
                    dataset.asDatasetGraph(), false));
            query = query.cloneQuery();
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        var builder = QueryExecution.dataset(target).query(query);
        if (limitMs > 0) {
            builder.timeout(limitMs, TimeUnit.MILLISECONDS);
        }
        int status = 200;
        try (QueryExecution exec = builder.build()) {
            if (query.isDescribeType()) {
                RDFDataMgr.write(body, exec.execDescribe(), Lang.NTRIPLES);
            } else if (query.isAskType()) {
                ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(body, exec.execAsk());
            } else {
                ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(body, exec.execSelect());
            }
        } catch (QueryCancelledException e) {
            status = 503;
            body.reset();
        }
        exchange.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
        if (body.size() > 0) {
            exchange.getResponseBody().write(body.toByteArray());
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
