package vn.laocai.museum.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The query mix and the report of {@code bench sparql} on a tiny dataset; timings are not checked. */
class SparqlBenchTest {

    @Test
    void the_query_mix_fills_every_row_of_the_table() throws Exception {
        SyntheticHerbGraph data = new SyntheticHerbGraph(20_260_601L, 5_000);
        try (TinySparqlServer server = TinySparqlServer.start(data)) {
            QueryTimer timer = new QueryTimer(1, 2);
            SparqlPeer fusekiPeer = new SparqlPeer("Fuseki", server.uri("/fuseki"), QueryMix.GraphClause.GRAPH);
            List<QueryTiming> ours = timer.time(
                    new SparqlPeer("ours", server.uri("/ours"), QueryMix.GraphClause.DEFAULT), QueryMix.QUERIES);
            List<QueryTiming> fuseki = timer.time(fusekiPeer, QueryMix.QUERIES);
            List<QueryTiming> fusekiFrom = timer.time(
                    fusekiPeer.naming(QueryMix.GraphClause.FROM, "Fuseki FROM"), QueryMix.QUERIES);
            double runaway = timer.secondsUntilStopped(
                    new SparqlPeer("limited", server.uri("/limited"), QueryMix.GraphClause.DEFAULT), QueryMix.RUNAWAY);

            String table = new SparqlBenchReport(10, new SyntheticLoad.Loaded(5_000, Duration.ofMillis(50)), 1, 2,
                    ours, fuseki, fusekiFrom, 300 * 1024, 400 * 1024, Duration.ofMillis(TinySparqlServer.LIMIT_MS), runaway).table();

            assertThat(QueryMix.QUERIES).hasSizeGreaterThanOrEqualTo(8);
            for (QueryMix.BenchQuery query : QueryMix.QUERIES) {
                assertThat(table).as(query.name()).containsPattern(
                        "(?m)^" + query.name() + " +(lookup|scan) +[1-9]\\d* +(\\d+\\.\\d +){4} *\\d+\\.\\d\\dx +\\d+\\.\\d$");
            }
            // Naming the graph with GRAPH or FROM must not change the answers.
            List<Long> rows = ours.stream().map(QueryTiming::rows).toList();
            assertThat(fuseki).extracting(QueryTiming::rows).isEqualTo(rows);
            assertThat(fusekiFrom).extracting(QueryTiming::rows).isEqualTo(rows);
            assertThat(table).contains("ours 300 MiB, Fuseki 400 MiB").containsPattern("503 after \\d+\\.\\d\\d s");
        }
    }

    @Test
    void the_synthetic_graph_is_the_same_for_the_same_seed() {
        Graph first = GraphFactory.createDefaultGraph();
        Graph second = GraphFactory.createDefaultGraph();
        long written = new SyntheticHerbGraph(7, 2_000).writeTo(StreamRDFLib.graph(first));
        new SyntheticHerbGraph(7, 2_000).writeTo(StreamRDFLib.graph(second));

        assertThat(written).isGreaterThanOrEqualTo(2_000).isEqualTo(first.size());
        assertThat(first.isIsomorphicWith(second)).isTrue();
    }

    @Test
    void fuseki_gets_the_same_query_text_but_for_how_it_names_the_graph() {
        String named = "<" + QueryMix.PUBLIC_GRAPH + ">";
        for (QueryMix.BenchQuery query : QueryMix.QUERIES) {
            String ours = query.text(QueryMix.GraphClause.DEFAULT);
            String from = query.text(QueryMix.GraphClause.FROM);
            String graph = query.text(QueryMix.GraphClause.GRAPH);
            assertThat(ours).doesNotContain(named).doesNotContain("%");
            assertThat(from.replace("FROM " + named, "")).isEqualTo(ours);
            if (!query.graph()) {
                assertThat(graph.replace("GRAPH " + named + " {", "").replaceFirst("\\}(?=[^}]*}[^}]*$)", ""))
                        .isEqualTo(ours);
            }
        }
    }
}
