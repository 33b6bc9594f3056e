package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2GraphStoreTest extends GraphStoreContract {

    @TempDir
    Path directory;

    @Override
    protected GraphStore openEmptyStore() {
        return Tdb2GraphStore.open(directory);
    }

    @Override
    protected String healthNames() {
        return "TDB2";
    }

    @Test
    void data_survives_closing_and_reopening_the_store() {
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            assertThat(store.size(MuseumGraph.PUBLIC)).isPositive();
        }
        try (Tdb2GraphStore reopened = Tdb2GraphStore.open(directory)) {
            assertThat(reopened.size(MuseumGraph.PUBLIC)).isEqualTo(Fixtures.species().size());
        }
    }

    @Test
    void a_public_replica_left_behind_by_a_crash_is_rebuilt_at_open() {
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            assertThat(publicAsk(store)).isFalse();
        }
        // What a process that died between the two commits leaves: the main dataset has a public
        // triple the replica lacks.
        DatasetGraph main = DatabaseMgr.connectDatasetGraph(directory.toString());
        Txn.executeWrite(main, () -> main.add(NodeFactory.createURI(MuseumGraph.PUBLIC.iri()),
                NodeFactory.createURI("https://example.org/late"), RDFS.label.asNode(), NodeFactory.createLiteralString("late")));
        TDBInternal.expel(main);

        try (Tdb2GraphStore reopened = Tdb2GraphStore.open(directory)) {
            assertThat(publicAsk(reopened)).isTrue();
        }
    }

    @Test
    void the_public_replica_holds_nothing_but_the_public_graph() {
        try (Tdb2GraphStore store = Fixtures.storeWithSpecies(directory)) {
            store.write(writer -> writer.add(MuseumGraph.RESTRICTED, Fixtures.restricted()));
        }
        DatasetGraph replica = DatabaseMgr.connectDatasetGraph(
                directory.resolve(Tdb2GraphStore.REPLICA_DIRECTORY).resolve("tdb2").toString());
        try {
            Txn.executeRead(replica, () -> {
                assertThat(replica.listGraphNodes()).isExhausted();
                assertThat(replica.getDefaultGraph().size()).isEqualTo(Fixtures.species().size());
            });
        } finally {
            TDBInternal.expel(replica);
        }
    }

    private static boolean publicAsk(GraphStore store) {
        return store.queryPublic(QueryFactory.create("ASK { <https://example.org/late> ?p ?o }"),
                Duration.ofSeconds(10), exec -> exec.execAsk());
    }
}
