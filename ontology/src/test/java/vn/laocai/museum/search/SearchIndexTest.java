package vn.laocai.museum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.Fixtures;
import vn.laocai.museum.ontology.MuseumGraph;
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
        store.write(writer -> {
            writer.add(MuseumGraph.PUBLIC, Fixtures.documents());
            writer.add(MuseumGraph.RESTRICTED, Fixtures.restricted());
            writer.add(MuseumGraph.RESTRICTED, Fixtures.restrictedDocuments());
        });
        index = SearchIndex.open(directory.resolve("index"));
        GraphIndexer indexer = new GraphIndexer(new SpeciesCatalog(store), new DocumentCatalog(store), index);
        assertThat(indexer.rebuild()).isEqualTo(7);
        assertThat(indexer.expectedCount()).isEqualTo(7);
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private List<String> titles(String query) {
        return index.search(query, 10).stream().map(SearchHit::titleVi).toList();
    }

    private List<String> types(String query) {
        return index.search(query, 10).stream().map(SearchHit::type).toList();
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
    void remove_takes_one_document_out_and_leaves_the_others() {
        index.remove("https://w3id.org/laocai-herbs/id/species/coptis-chinensis");
        assertThat(index.count()).isEqualTo(6);
        assertThat(titles("hoang lien")).doesNotContain("Hoàng liên");
        index.remove("https://w3id.org/laocai-herbs/id/species/no-such-herb");
        assertThat(index.count()).isEqualTo(6);
    }

    @Test
    void upsert_replaces_the_document_with_the_same_iri() {
        SearchDocument renamed = new SearchDocument("https://w3id.org/laocai-herbs/id/species/coptis-chinensis", "species",
                "Hoàng liên chân gà", null, "Coptis chinensis", List.of(new SearchDocument.Name("Hoàng liên chân gà", "vi")),
                List.of(), null);
        index.upsert(renamed);
        assertThat(index.count()).isEqualTo(7);
        assertThat(titles("chan ga")).containsExactly("Hoàng liên chân gà");
    }

    @Test
    void the_index_on_disk_is_there_after_reopening() {
        index.close();
        index = SearchIndex.open(directory.resolve("index"));
        assertThat(index.count()).isEqualTo(7);
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

    @Test
    void a_species_name_ranks_the_species_above_the_remedy_whose_title_contains_it() {
        assertThat(titles("tam that")).containsExactly("Tam thất", "Tam thất cầm máu");
        assertThat(types("tam that")).containsExactly("species", "remedy");
    }

    @Test
    void a_remedy_is_found_by_the_name_of_its_ingredient_in_another_language() {
        assertThat(titles("notoginseng")).containsExactly("Tam thất", "Tam thất cầm máu");
    }

    @Test
    void a_remedy_is_found_by_its_indications_and_preparation_in_both_languages() {
        assertThat(titles("chảy máu vết thương")).containsExactly("Tam thất cầm máu");
        assertThat(titles("bleeding from cuts")).containsExactly("Tam thất cầm máu");
        assertThat(titles("bot min")).containsExactly("Tam thất cầm máu");
    }

    @Test
    void stories_and_public_knowledge_records_are_found_with_their_type_and_both_titles() {
        SearchHit story = index.search("herbal bath", 10).getFirst();
        assertThat(story.iri()).isEqualTo("https://w3id.org/laocai-herbs/id/story/tam-la-dao-do");
        assertThat(story.type()).isEqualTo("story");
        assertThat(story.title("en")).isEqualTo("The red bath of the Dao");
        assertThat(story.scientificName()).isEmpty();
        assertThat(types("ngâm chân lá thuốc")).containsExactly("knowledge");
        assertThat(titles("foot soaks")).containsExactly("Ngâm chân lá thuốc của người Giáy");
    }

    @Test
    void a_described_need_finds_what_holds_all_but_one_of_its_words() {
        assertThat(titles("thuốc chữa chảy máu vết thương")).containsExactly("Tam thất cầm máu");
    }

    @Test
    void a_title_typed_exactly_ranks_its_document_first() {
        assertThat(titles("Nồi nước tắm đỏ của người Dao")).first().isEqualTo("Nồi nước tắm đỏ của người Dao");
    }

    @Test
    void restricted_knowledge_is_never_indexed() {
        assertThat(titles("secret")).isEmpty();
        assertThat(titles("bath recipes")).isEmpty();
        assertThat(index.search("bài thuốc tắm secret", 10)).extracting(SearchHit::iri)
                .doesNotContain("https://w3id.org/laocai-herbs/id/knowledge/secret-bath-recipes");
    }
}
