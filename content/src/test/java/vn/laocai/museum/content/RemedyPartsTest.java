package vn.laocai.museum.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** Every ingredient of a remedy uses a part that its species lists among its parts used. */
class RemedyPartsTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(directory);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void every_ingredient_of_the_shipped_remedies_uses_a_part_its_species_lists() {
        new ContentLoader(store).load(ContentLoaderTest.shippedCorpus());

        var mismatches = store.select(MuseumGraph.PUBLIC, QueryFactory.create("""
                PREFIX herb: <https://w3id.org/laocai-herbs/ns#>
                SELECT ?remedy ?species ?part WHERE {
                    ?remedy herb:ingredient ?ingredient .
                    ?ingredient herb:species ?species ; herb:partUsed ?part .
                    FILTER NOT EXISTS { ?species herb:partUsed ?part }
                }"""), Map.of());

        assertThat(store.select(MuseumGraph.PUBLIC, QueryFactory.create(
                "SELECT ?i WHERE { ?i <https://w3id.org/laocai-herbs/ns#partUsed> ?p ; "
                        + "<https://w3id.org/laocai-herbs/ns#species> ?s }"), Map.of())).hasSizeGreaterThan(20);
        assertThat(mismatches).extracting(Object::toString).isEmpty();
    }

    @Test
    void an_ingredient_whose_part_its_species_does_not_list_is_refused() {
        List<ContentFile> corpus = ContentLoaderTest.shippedCorpus().stream()
                .map(file -> file.path().equals("remedies/tam-that-cam-mau.vi.md")
                        ? new ContentFile(file.path(), file.text().replaceFirst("part: root", "part: seed"))
                        : file)
                .toList();

        assertThatThrownBy(() -> new ContentLoader(store).load(corpus)).isInstanceOf(ContentException.class)
                .satisfies(thrown -> assertThat(((ContentException) thrown).errors()).extracting(ContentError::toString)
                        .singleElement().asString()
                        .startsWith("remedies/tam-that-cam-mau.vi.md:1: does not conform to the museum's shapes")
                        .endsWith("[hs:Ingredient-part-of-its-species]"));
        assertThat(store.size(MuseumGraph.PUBLIC)).isZero();
    }
}
