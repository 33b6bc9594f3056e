package vn.laocai.museum.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.Fixtures;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** Type filter, paging with exact totals, snippets and suggestions, on the fixture graph. */
class SearchPagingAndSuggestTest {

    private static final String TAM_THAT = "https://w3id.org/laocai-herbs/id/species/panax-notoginseng";
    private static final String REMEDY = "https://w3id.org/laocai-herbs/id/remedy/tam-that-cam-mau";

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
        assertThat(new GraphIndexer(new SpeciesCatalog(store), new DocumentCatalog(store), index).rebuild()).isEqualTo(7);
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private static List<String> iris(SearchResults results) {
        return results.hits().stream().map(SearchHit::iri).toList();
    }

    @Test
    void without_a_type_every_kind_is_found_and_counted() {
        SearchResults all = index.search("tam that", null, 0, 20);
        assertThat(all.total()).isEqualTo(2);
        assertThat(iris(all)).containsExactly(TAM_THAT, REMEDY);
    }

    @Test
    void the_type_filter_keeps_one_kind_and_counts_it_alone() {
        SearchResults remedies = index.search("tam that", DocumentKind.REMEDY, 0, 20);
        assertThat(remedies.total()).isEqualTo(1);
        assertThat(iris(remedies)).containsExactly(REMEDY);
        SearchResults species = index.search("tam that", DocumentKind.SPECIES, 0, 20);
        assertThat(species.total()).isEqualTo(1);
        assertThat(iris(species)).containsExactly(TAM_THAT);
        SearchResults stories = index.search("tam that", DocumentKind.STORY, 0, 20);
        assertThat(stories.total()).isZero();
        assertThat(stories.hits()).isEmpty();
    }

    @Test
    void pages_split_the_hits_and_keep_the_exact_total() {
        SearchResults first = index.search("tam that", null, 0, 1);
        SearchResults second = index.search("tam that", null, 1, 1);
        SearchResults beyond = index.search("tam that", null, 2, 1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(2);
        assertThat(beyond.total()).isEqualTo(2);
        assertThat(iris(first)).containsExactly(TAM_THAT);
        assertThat(iris(second)).containsExactly(REMEDY);
        assertThat(beyond.hits()).isEmpty();
        assertThat(index.search("tam that", null, 1_000_000, 100).hits()).isEmpty();
        assertThatThrownBy(() -> index.search("tam that", null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blank_queries_find_nothing_and_count_nothing() {
        assertThat(index.search("  ", null, 0, 10)).isEqualTo(SearchResults.EMPTY);
        assertThat(index.search("xyzzy", null, 0, 10).total()).isZero();
    }

    @Test
    void hits_carry_the_summary_in_each_language_as_a_snippet() {
        SearchHit remedy = index.search("tam that", DocumentKind.REMEDY, 0, 1).hits().getFirst();
        assertThat(remedy.snippet("vi")).isEqualTo("Bột rễ tam thất rắc lên vết thương.");
        assertThat(remedy.snippet("en")).isEqualTo("Root powder sprinkled on a wound.");
        SearchHit knowledge = index.search("foot soaks", null, 0, 1).hits().getFirst();
        // No English summary: the Vietnamese one stands in.
        assertThat(knowledge.snippet("en")).isEqualTo("Người Giáy ngâm chân bằng nước lá để ngủ ngon.");
    }

    @Test
    void snippets_are_cut_at_a_word_within_200_characters() {
        String longText = "lá thuốc ".repeat(40);
        String snippet = Snippets.shorten(longText, 200);
        assertThat(snippet).hasSizeLessThanOrEqualTo(200).endsWith("thuốc…").startsWith("lá thuốc lá");
        assertThat(Snippets.shorten("**Tam thất**  trồng\nở Sa Pa", 200)).isEqualTo("Tam thất trồng ở Sa Pa");
        assertThat(Snippets.shorten(" ", 200)).isNull();
        assertThat(Snippets.shorten(null, 200)).isNull();
    }

    @Test
    void suggestions_complete_the_last_word_and_put_the_species_first() {
        List<SearchHit> suggestions = index.suggest("tam th", 10);
        assertThat(suggestions).extracting(SearchHit::titleVi).containsExactly("Tam thất", "Tam thất cầm máu");
        assertThat(suggestions.getFirst().matchedName()).isEqualTo("Tam thất");
        assertThat(suggestions.getFirst().matchedNameLanguage()).isEqualTo("vi");
    }

    @Test
    void suggestions_fold_diacritics_and_find_names_in_other_scripts() {
        assertThat(index.suggest("duong", 10)).extracting(SearchHit::titleVi).containsExactly("Đương quy");
        assertThat(index.suggest("ĐƯƠNG Q", 10)).extracting(SearchHit::titleVi).containsExactly("Đương quy");
        assertThat(index.suggest("三七", 10)).extracting(SearchHit::titleVi).first().isEqualTo("Tam thất");
        assertThat(index.suggest("pan", 10)).extracting(SearchHit::titleVi).first().isEqualTo("Tam thất");
    }

    @Test
    void an_exact_name_comes_before_longer_names_that_start_with_it() {
        index.upsert(new SearchDocument("https://w3id.org/laocai-herbs/id/species/panax-stipuleanatus", "species",
                "Tam thất hoang", null, "Panax stipuleanatus", List.of(new SearchDocument.Name("Tam thất hoang", "vi")),
                List.of(), null));
        assertThat(index.suggest("tam that", 10)).extracting(SearchHit::titleVi)
                .containsExactly("Tam thất", "Tam thất hoang", "Tam thất cầm máu");
        assertThat(index.suggest("tam th", 2)).extracting(SearchHit::titleVi).containsExactly("Tam thất", "Tam thất hoang");
    }

    @Test
    void suggestions_never_offer_restricted_knowledge_nor_anything_for_blank_text() {
        assertThat(index.suggest("secret", 10)).isEmpty();
        assertThat(index.suggest("bath rec", 10)).isEmpty();
        assertThat(index.suggest("   ", 10)).isEmpty();
    }

    @Test
    void a_rebuilt_index_is_current_also_after_reopening() {
        assertThat(index.isCurrent()).isTrue();
        index.close();
        index = SearchIndex.open(directory.resolve("index"));
        assertThat(index.isCurrent()).isTrue();
        assertThat(SearchIndex.inMemory().isCurrent()).isFalse();
    }
}
