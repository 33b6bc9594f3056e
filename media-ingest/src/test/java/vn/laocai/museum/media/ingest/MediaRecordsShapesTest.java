package vn.laocai.museum.media.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** A media description is checked against the museum's shapes before it reaches the graph. */
class MediaRecordsShapesTest {

    @TempDir
    Path directory;

    @Test
    void a_description_that_breaks_the_shapes_is_refused_and_nothing_is_written() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(directory)) {
            Model broken = ModelFactory.createDefaultModel();
            broken.createResource(MuseumVocab.ID + "media/not-a-checksum")
                    .addProperty(RDF.type, MuseumVocab.IMAGE_OBJECT)
                    .addProperty(MuseumVocab.ENCODING_FORMAT, "image/jpeg")
                    .addProperty(MuseumVocab.OBJECT_KEY, "../../etc/passwd");
            assertThatThrownBy(() -> new MediaRecords(store).write(broken))
                    .hasMessageContaining("does not conform to the museum's shapes")
                    .hasMessageContaining("sha256/ab/");
            assertThat(store.size(MuseumGraph.PUBLIC)).isZero();
        }
    }
}
