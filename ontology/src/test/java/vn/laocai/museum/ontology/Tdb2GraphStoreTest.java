package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
