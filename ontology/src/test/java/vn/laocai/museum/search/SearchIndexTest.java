package vn.laocai.museum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.Fixtures;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;

class SearchIndexTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private SearchIndex index;

    @BeforeEach
    void buildIndexFromGraph() {
        store = Fixtures.storeWithSpecies(directory.resolve("graph"));
        index = SearchIndex.open(directory.resolve("index"));
        assertThat(new GraphIndexer(new SpeciesCatalog(store), index).rebuild()).isEqualTo(4);
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private List<String> titles(String query) {
        return index.search(query, 10).stream().map(SearchHit::titleVi).toList();
    }

    @Test
    void unaccented_query_finds_tam_that() {
        assertThat(titles("tam that")).first().isEqualTo("Tam thất");
    }

    @Test
    void d_with_stroke_folds_to_d() {
        assertThat(titles("duong quy")).containsExactly("Đương quy");
        assertThat(titles("ĐƯƠNG QUY")).containsExactly("Đương quy");
    }

    @Test
    void chinese_characters_and_latin_synonyms_find_the_species() {
        assertThat(titles("三七")).containsExactly("Tam thất");
        assertThat(titles("pseudo-ginseng")).containsExactly("Tam thất");
        assertThat(titles("Panax")).containsExactly("Tam thất");
    }

    @Test
    void the_hit_says_which_name_matched_and_in_which_language() {
        SearchHit hit = index.search("三七", 1).getFirst();
        assertThat(hit.matchedName()).isEqualTo("三七");
        assertThat(hit.matchedNameLanguage()).isEqualTo("zh");
        assertThat(hit.scientificName()).isEqualTo("Panax notoginseng");
    }

    @Test
    void descriptive_words_in_summaries_find_species() {
        assertThat(titles("bổ huyết")).containsExactly("Đương quy");
    }

    @Test
    void blank_or_unknown_queries_find_nothing() {
        assertThat(titles("   ")).isEmpty();
        assertThat(titles("xyzzy")).isEmpty();
    }

    @Test
    void upsert_replaces_the_document_with_the_same_iri() {
        SearchDocument renamed = new SearchDocument("https://w3id.org/laocai-herbs/id/species/coptis-chinensis", "species",
                "Hoàng liên chân gà", null, "Coptis chinensis", List.of(new SearchDocument.Name("Hoàng liên chân gà", "vi")),
                List.of(), null);
        index.upsert(renamed);
        assertThat(index.count()).isEqualTo(4);
        assertThat(titles("chan ga")).containsExactly("Hoàng liên chân gà");
    }

    @Test
    void the_index_on_disk_is_there_after_reopening() {
        index.close();
        index = SearchIndex.open(directory.resolve("index"));
        assertThat(index.count()).isEqualTo(4);
        assertThat(titles("tam that")).first().isEqualTo("Tam thất");
    }

    @Test
    void a_query_that_is_exactly_a_name_ranks_that_species_first() {
        index.upsert(new SearchDocument("https://w3id.org/laocai-herbs/id/species/panax-stipuleanatus", "species",
                "Tam thất hoang", null, "Panax stipuleanatus",
                List.of(new SearchDocument.Name("Tam thất hoang", "vi"), new SearchDocument.Name("野三七", "zh")), List.of(), null));
        assertThat(titles("tam that")).first().isEqualTo("Tam thất");
        assertThat(titles("三七")).first().isEqualTo("Tam thất");
        assertThat(titles("tam that hoang")).first().isEqualTo("Tam thất hoang");
    }
}
