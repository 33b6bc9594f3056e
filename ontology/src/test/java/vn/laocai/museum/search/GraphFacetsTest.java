package vn.laocai.museum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.Fixtures;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** Facet values read from the graph by {@link GraphIndexer}, on the fixture graph. */
class GraphFacetsTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private SearchIndex index;
    private GraphIndexer indexer;

    @BeforeEach
    void indexTheGraph() {
        store = Fixtures.storeWithSpecies(directory.resolve("graph"));
        store.write(writer -> {
            writer.add(MuseumGraph.PUBLIC, Fixtures.documents());
            writer.add(MuseumGraph.RESTRICTED, Fixtures.restrictedDocuments());
        });
        index = SearchIndex.inMemory();
        indexer = new GraphIndexer(store, index);
        assertThat(indexer.rebuild()).isEqualTo(7);
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    @Test
    void updating_a_resource_that_is_no_longer_public_takes_it_out_of_the_index() {
        String tamThat = vn.laocai.museum.ontology.MuseumVocab.speciesIri("panax-notoginseng");
        assertThat(index.search("tam that", 10)).anyMatch(hit -> hit.iri().equals(tamThat));
        store.write(writer -> writer.removeResource(MuseumGraph.PUBLIC, org.apache.jena.rdf.model.ResourceFactory.createResource(tamThat)));

        indexer.update(vn.laocai.museum.ontology.DocumentKind.SPECIES, "panax-notoginseng");

        assertThat(index.search("tam that", 10)).noneMatch(hit -> hit.iri().equals(tamThat));
        assertThat(index.count()).isEqualTo(6);
    }

    @Test
    void a_species_has_its_family_and_a_remedy_the_families_of_its_ingredients() {
        SearchResults results = index.search(SearchRequest.of("tam that"));
        assertThat(results.facets().get("family")).containsExactly(new FacetCount("Araliaceae", "Araliaceae", 2));
        assertThat(results.facets().get("type")).containsExactly(new FacetCount("remedy", "bài thuốc", 1),
                new FacetCount("species", "loài", 1));
    }

    @Test
    void filtering_by_family_keeps_the_resources_of_that_family() {
        SearchResults results = index.search(SearchRequest.of("tam that").filter(SearchFacet.FAMILY, "Apiaceae"));
        assertThat(results.total()).isZero();
        assertThat(index.search(SearchRequest.of("duong quy").filter(SearchFacet.FAMILY, "Apiaceae")).total()).isEqualTo(1);
    }

    @Test
    void an_updated_document_keeps_its_facet_values() {
        indexer.update("panax-notoginseng");
        SearchResults results = index.search(SearchRequest.of("tam that").filter(SearchFacet.TYPE, "species"));
        assertThat(results.facets().get("family")).contains(new FacetCount("Araliaceae", "Araliaceae", 1));
        assertThat(results.total()).isEqualTo(1);
    }

    @Test
    void use_categories_are_counted_with_their_labels_in_each_language() {
        SearchResults vi = index.search(SearchRequest.of("tam that"));
        assertThat(vi.facets().get("use")).containsExactly(new FacetCount("blood", "huyết, cầm máu", 2));
        // "rễ" finds both species and the remedy, whose root powder stops bleeding.
        SearchResults en = index.search(SearchRequest.of("rễ").inLanguage("en"));
        assertThat(en.facets().get("use")).containsExactly(new FacetCount("blood", "blood and bleeding", 3),
                new FacetCount("womens-health", "women's health and childbirth", 1));
    }

    @Test
    void filtering_by_use_category_keeps_the_resources_of_that_category() {
        SearchResults women = index.search(SearchRequest.of("rễ").filter(SearchFacet.USE, "womens-health"));
        assertThat(women.hits()).extracting(SearchHit::titleVi).containsExactly("Đương quy");
        assertThat(women.total()).isEqualTo(1);
        SearchResults blood = index.search(SearchRequest.of("tam that").filter(SearchFacet.USE, "blood"));
        assertThat(blood.total()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("tam that").filter(SearchFacet.USE, "womens-health")).total()).isZero();
    }
}
