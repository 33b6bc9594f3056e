package vn.laocai.museum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Suggestions that find a word begun anywhere in a name, on an index held in memory. */
class InfixSuggestTest {

    private static final String ID = "https://w3id.org/laocai-herbs/id/";

    private SearchIndex index;

    @BeforeEach
    void indexHerbs() {
        index = SearchIndex.inMemory();
        index.rebuild(List.of(
                species("panax-notoginseng", "Tam thất", "Notoginseng", "Panax notoginseng",
                        name("Tam thất", "vi"), name("Sâm tam thất", "vi"), name("三七", "zh")),
                species("angelica-sinensis", "Đương quy", "Dong quai", "Angelica sinensis",
                        name("Đương quy", "vi"), name("Tần quy", "vi")),
                species("nelumbo-nucifera", "Liên tâm", "Lotus plumule", "Nelumbo nucifera", name("Liên tâm", "vi")),
                species("stephania-tetrandra", "Tam thất hoang dại", null, "Stephania tetrandra",
                        name("Tam thất hoang dại", "vi")),
                new SearchDocument(ID + "remedy/ruou-tam-that", "remedy", "Rượu tam thất", "Notoginseng wine", null,
                        List.of(name("Rượu tam thất", "vi"), SearchDocument.Name.mention("Tam thất", "vi")), List.of(), null)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Nested
    class A_word_inside_a_name {

        @Test
        void the_second_word_finds_tam_that_with_or_without_diacritics() {
            assertThat(titles("that")).startsWith("Tam thất");
            assertThat(titles("thất")).startsWith("Tam thất");
            assertThat(titles("THẤ")).startsWith("Tam thất");
        }

        @Test
        void the_epithet_finds_the_species_by_its_scientific_name() {
            assertThat(titles("notoginseng")).containsExactly("Tam thất");
            assertThat(index.suggest("notogin", 10).getFirst().matchedName()).isEqualTo("Panax notoginseng");
            assertThat(index.suggest("notogin", 10).getFirst().matchedNameLanguage()).isEqualTo("la");
        }

        @Test
        void quy_finds_duong_quy_and_says_which_name_matched() {
            List<SearchHit> hits = index.suggest("quy", 10);
            assertThat(hits).extracting(SearchHit::titleVi).containsExactly("Đương quy");
            assertThat(hits.getFirst().matchedName()).isEqualTo("Đương quy");
        }

        @Test
        void several_begun_words_must_follow_each_other_in_one_name() {
            assertThat(titles("tam th")).containsExactly("Tam thất", "Tam thất hoang dại", "Rượu tam thất");
            assertThat(titles("ta th")).contains("Tam thất");
            assertThat(titles("that hoang")).containsExactly("Tam thất hoang dại");
            // Đương quy and Tần quy are names of one species, but "quy" never comes before "tần" in one name.
            assertThat(titles("quy tan")).isEmpty();
            assertThat(titles("hoang tam")).isEmpty();
        }

        @Test
        void a_word_nothing_begins_suggests_nothing() {
            assertThat(titles("hat")).isEmpty();
            assertThat(titles("xyz")).isEmpty();
        }
    }

    @Nested
    class Ranking {

        @Test
        void a_name_that_starts_with_the_text_comes_before_names_that_hold_it_further_in() {
            assertThat(titles("tam")).containsExactly("Tam thất", "Tam thất hoang dại", "Liên tâm", "Rượu tam thất");
        }

        @Test
        void an_exact_name_comes_first_even_when_other_names_start_with_it() {
            assertThat(titles("tam that")).containsExactly("Tam thất", "Tam thất hoang dại", "Rượu tam thất");
            assertThat(titles("lien tam")).containsExactly("Liên tâm");
        }

        @Test
        void a_species_comes_before_a_document_that_holds_the_name_as_far_in() {
            assertThat(titles("ruou")).containsExactly("Rượu tam thất");
            assertThat(titles("thất")).containsExactly("Tam thất", "Tam thất hoang dại", "Rượu tam thất");
        }
    }

    @Test
    void a_word_longer_than_the_indexed_beginnings_is_found_by_its_first_letters() {
        index.upsert(species("x-long", "Cây tên dài", null, "Xxx",
                name("Aaaaaaaaaabbbbbbbbbbccccccccccdd", "la")));
        assertThat(titles("aaaaaaaaaabbbbbbbbbbcccc")).containsExactly("Cây tên dài");
        assertThat(titles("aaaaaaaaaabbbbbbbbbbccccccccccdd")).containsExactly("Cây tên dài");
    }

    private List<String> titles(String typed) {
        return index.suggest(typed, 10).stream().map(SearchHit::titleVi).toList();
    }

    private static SearchDocument species(String slug, String titleVi, String titleEn, String latin, SearchDocument.Name... names) {
        List<SearchDocument.Name> all = new java.util.ArrayList<>(List.of(names));
        all.add(name(latin, "la"));
        return new SearchDocument(ID + "species/" + slug, "species", titleVi, titleEn, latin, all, List.of(), null);
    }

    private static SearchDocument.Name name(String form, String language) {
        return new SearchDocument.Name(form, language);
    }
}
