package vn.laocai.museum.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** Remedies, knowledge records and stories: mapping, cross-references and the restricted graph. */
class DocumentLoaderTest {

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

    /** Tam thất and the reference files (places, lists, marks) its fields point to. */
    private static List<ContentFile> species() {
        return Corpus.fromDirectory(ContentLoaderTest.resource("/corpus")).stream()
                .filter(file -> file.path().startsWith("species/panax-notoginseng")
                        // The herb sector names many species, so it stays out.
                        || ReferenceData.FILE.matcher(file.path()).matches() && !file.path().startsWith("sector/"))
                .toList();
    }

    private static List<ContentFile> documents(String... exclude) {
        List<ContentFile> files = new ArrayList<>(species());
        for (ContentFile file : Corpus.fromDirectory(ContentLoaderTest.resource("/documents"))) {
            if (List.of(exclude).stream().noneMatch(file.path()::startsWith)) {
                files.add(file);
            }
        }
        return files;
    }

    private boolean has(MuseumGraph graph, String iri) {
        return !store.select(graph, QueryFactory.create("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), Map.of(
                "s", org.apache.jena.rdf.model.ResourceFactory.createResource(iri))).isEmpty();
    }

    @Test
    void a_story_that_names_an_unknown_species_is_refused_with_its_line() {
        assertThatThrownBy(() -> new ContentLoader(store).load(documents()))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("stories/test-story.vi.md:7: species[2]: no species 'no-such-species' in the corpus");
        assertThat(store.size(MuseumGraph.PUBLIC)).isZero();
    }

    @Test
    void remedies_link_their_ingredients_to_species_and_parts() {
        LoadReport report = new ContentLoader(store).load(documents("stories/"));
        assertThat(report.count("remedies")).isEqualTo(1);
        var rows = store.select(MuseumGraph.PUBLIC, QueryFactory.create("""
                PREFIX herb: <https://w3id.org/laocai-herbs/ns#>
                SELECT ?species ?part ?amount WHERE {
                  <https://w3id.org/laocai-herbs/id/remedy/test-tam-that-powder> herb:ingredient ?i .
                  ?i herb:species ?species ; herb:partUsed ?part ; herb:amount ?amount }"""), Map.of());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getResource("species").getURI()).isEqualTo(MuseumVocab.speciesIri("panax-notoginseng"));
        assertThat(rows.getFirst().getResource("part").getURI()).isEqualTo(MuseumVocab.HERB + "part-root");
        assertThat(rows.getFirst().getLiteral("amount").getLexicalForm()).isEqualTo("3 g");
    }

    @Test
    void a_community_restricted_record_lands_in_the_restricted_graph_only() {
        new ContentLoader(store).load(documents("stories/"));
        String record = MuseumVocab.resourceIri("knowledge", "test-family-recipes");
        assertThat(has(MuseumGraph.RESTRICTED, record)).isTrue();
        assertThat(has(MuseumGraph.PUBLIC, record)).isFalse();
        var leaked = store.select(MuseumGraph.PUBLIC, QueryFactory.create(
                "SELECT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && (CONTAINS(STR(?o), \"LEAK\") || CONTAINS(STR(?o), \"KHONG-DUOC-LO\"))) }"),
                Map.of());
        assertThat(leaked).isEmpty();
    }

    @Test
    void a_record_made_public_moves_out_of_the_restricted_graph() {
        new ContentLoader(store).load(documents("stories/"));
        List<ContentFile> opened = documents("stories/").stream()
                .map(file -> file.path().equals("knowledge/test-family-recipes.vi.md")
                        ? new ContentFile(file.path(), file.text().replace("access: community-restricted", "access: public"))
                        : file)
                .toList();
        new ContentLoader(store).load(opened);
        String record = MuseumVocab.resourceIri("knowledge", "test-family-recipes");
        assertThat(has(MuseumGraph.PUBLIC, record)).isTrue();
        assertThat(has(MuseumGraph.RESTRICTED, record)).isFalse();
    }

    @Test
    void a_knowledge_record_without_an_access_level_is_refused() {
        List<ContentFile> missing = documents("stories/").stream()
                .map(file -> file.path().equals("knowledge/test-family-recipes.vi.md")
                        ? new ContentFile(file.path(), file.text().replace("access: community-restricted\n", ""))
                        : file)
                .toList();
        assertThatThrownBy(() -> new ContentLoader(store).load(missing))
                .hasMessageContaining("knowledge/test-family-recipes.vi.md:1: access: required");
        assertThat(store.size(MuseumGraph.RESTRICTED)).isZero();
        assertThat(store.size(MuseumGraph.PUBLIC)).isZero();
    }

    @Test
    void rdf_that_breaks_the_shapes_is_refused_before_anything_is_stored() {
        // Two preferred names in one language pass the field checks but not the SHACL shapes.
        List<ContentFile> doubled = documents("stories/").stream()
                .map(file -> file.path().equals("species/panax-notoginseng.vi.md")
                        ? new ContentFile(file.path(), file.text().replace(
                                "{ name: Tam thất bắc, lang: vi, status: vernacular,", "{ name: Tam thất bắc, lang: vi, status: vernacular, preferred: true,"))
                        : file)
                .toList();
        assertThatThrownBy(() -> new ContentLoader(store).load(doubled))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("species/panax-notoginseng.vi.md:1: does not conform to the museum's shapes");
        assertThat(store.size(MuseumGraph.PUBLIC)).isZero();
    }
}
