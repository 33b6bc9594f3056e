package vn.laocai.museum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Facets, spelling, highlights and sorting on a handful of documents written here. */
class FacetedSearchTest {

    private static final String ID = "https://w3id.org/laocai-herbs/id/";

    private SearchIndex index;

    @BeforeEach
    void indexDocuments() {
        index = SearchIndex.inMemory();
        index.rebuild(List.of(
                species("panax-notoginseng", "Tam thất", "Panax notoginseng", "Araliaceae",
                        "Rễ củ cầm máu & tan máu ứ; trồng ở <Si Ma Cai>.", List.of("root", "flower"), "Si Ma Cai"),
                species("panax-vietnamensis", "Sâm Việt Nam", "Panax vietnamensis", "Araliaceae",
                        "Sâm quý, thân rễ dùng làm thuốc bổ.", List.of("rhizome"), "Bát Xát"),
                species("angelica-sinensis", "Đương quy", "Angelica sinensis", "Apiaceae",
                        "Rễ bổ huyết, trồng ở Sa Pa.", List.of("root"), "Sa Pa"),
                species("cinnamomum-cassia", "Quế", "Cinnamomum cassia", "Lauraceae",
                        "Vỏ quế làm ấm bụng; quế Văn Yên có chỉ dẫn địa lý.", List.of("bark", "twig"), "Văn Bàn")
                        .withFacets(List.of(new SearchDocument.Facet(SearchFacet.FAMILY, "Lauraceae"),
                                new SearchDocument.Facet(SearchFacet.PART, "bark"),
                                new SearchDocument.Facet(SearchFacet.HAS_GI, SearchFacet.YES))),
                species("dipsacus-asper", "Dương xỉ giả", "Dipsacus asper", "Caprifoliaceae",
                        "Rễ chữa đau lưng.", List.of("root"), "Sa Pa"),
                new SearchDocument(ID + "remedies/tam-that-cam-mau", "remedy", "Tam thất cầm máu", "Notoginseng to stop bleeding",
                        null, List.of(SearchDocument.Name.mention("Tam thất", "vi")), List.of("Bột tam thất cầm máu."), null,
                        "Bột tam thất cầm máu.", null)
                        .withFacets(List.of(new SearchDocument.Facet(SearchFacet.FAMILY, "Araliaceae"),
                                new SearchDocument.Facet(SearchFacet.PART, "root")))));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchDocument species(String slug, String title, String latin, String family, String summary,
            List<String> parts, String commune) {
        List<SearchDocument.Facet> facets = new java.util.ArrayList<>();
        facets.add(new SearchDocument.Facet(SearchFacet.FAMILY, family));
        parts.forEach(part -> facets.add(new SearchDocument.Facet(SearchFacet.PART, part)));
        facets.add(new SearchDocument.Facet(SearchFacet.COMMUNE, commune));
        return new SearchDocument(ID + "species/" + slug, "species", title, title, latin,
                List.of(new SearchDocument.Name(title, "vi"), new SearchDocument.Name(latin, "la")), List.of(summary), null,
                summary, null).withFacets(facets);
    }

    private static List<String> titles(SearchResults results) {
        return results.hits().stream().map(SearchHit::titleVi).toList();
    }

    private static List<String> values(SearchResults results, SearchFacet facet) {
        return results.facets().get(facet.key()).stream().map(count -> count.value() + "=" + count.count()).toList();
    }

    @Nested
    class Facets {

        @Test
        void every_facet_is_counted_over_all_hits_most_frequent_first() {
            SearchResults results = index.search(SearchRequest.of("panax"));
            assertThat(results.total()).isEqualTo(2);
            assertThat(values(results, SearchFacet.FAMILY)).containsExactly("Araliaceae=2");
            assertThat(values(results, SearchFacet.PART)).containsExactly("flower=1", "rhizome=1", "root=1");
            assertThat(values(results, SearchFacet.TYPE)).containsExactly("species=2");
            assertThat(results.facets()).containsKeys("use", "ethnicGroup", "has3d");
            assertThat(results.facets().get("use")).isEmpty();
        }

        @Test
        void a_filter_narrows_the_hits_and_its_facet_keeps_the_other_values() {
            SearchResults all = index.search(SearchRequest.of("rễ"));
            assertThat(values(all, SearchFacet.FAMILY)).contains("Apiaceae=1", "Araliaceae=2", "Caprifoliaceae=1");
            SearchResults apiaceae = index.search(SearchRequest.of("rễ").filter(SearchFacet.FAMILY, "Apiaceae"));
            assertThat(titles(apiaceae)).containsExactly("Đương quy");
            assertThat(apiaceae.total()).isEqualTo(1);
            // Drill sideways: the family facet still shows its siblings, the others count the narrowed hits.
            assertThat(values(apiaceae, SearchFacet.FAMILY)).contains("Apiaceae=1", "Araliaceae=2", "Caprifoliaceae=1");
            assertThat(values(apiaceae, SearchFacet.COMMUNE)).containsExactly("Sa Pa=1");
        }

        @Test
        void values_of_one_facet_are_alternatives_and_facets_combine() {
            SearchResults either = index.search(SearchRequest.of("rễ").filter(SearchFacet.FAMILY, "Apiaceae")
                    .filter(SearchFacet.FAMILY, "Caprifoliaceae"));
            assertThat(titles(either)).containsExactlyInAnyOrder("Đương quy", "Dương xỉ giả");
            SearchResults both = index.search(SearchRequest.of("rễ").filter(SearchFacet.FAMILY, "Araliaceae")
                    .filter(SearchFacet.PART, "flower"));
            assertThat(titles(both)).containsExactly("Tam thất");
        }

        @Test
        void parts_and_kinds_are_labelled_from_the_vocabulary_in_each_language() {
            SearchResults vi = index.search(SearchRequest.of("quế"));
            assertThat(vi.facets().get("part")).contains(new FacetCount("bark", "vỏ cây", 1));
            assertThat(vi.facets().get("hasGi")).containsExactly(new FacetCount("yes", "chỉ dẫn địa lý", 1));
            SearchResults en = index.search(SearchRequest.of("quế").inLanguage("en"));
            assertThat(en.facets().get("part")).contains(new FacetCount("bark", "bark", 1));
            assertThat(en.facets().get("type")).containsExactly(new FacetCount("species", "species", 1));
            SearchResults remedy = index.search(SearchRequest.of("tam that"));
            assertThat(remedy.facets().get("type")).contains(new FacetCount("remedy", "bài thuốc", 1));
        }
    }

    @Nested
    class Spelling {

        @Test
        void a_misspelt_latin_name_finds_the_species_and_says_what_was_meant() {
            SearchResults results = index.search(SearchRequest.of("Cinamomum casia"));
            assertThat(titles(results)).first().isEqualTo("Quế");
            assertThat(results.didYouMean()).isEqualTo("Cinnamomum cassia");
        }

        @Test
        void a_correctly_spelt_query_gets_no_suggestion() {
            SearchResults results = index.search(SearchRequest.of("Cinnamomum cassia"));
            assertThat(titles(results)).containsExactly("Quế");
            assertThat(results.didYouMean()).isNull();
        }

        @Test
        void the_correction_ranks_together_with_the_words_as_typed() {
            // "quyy" is in no name or text and becomes "quy"; "duong xi" as typed is a phrase of one
            // title, so that title stays first, and Đương quy, found through the correction, follows.
            SearchResults results = index.search(SearchRequest.of("duong xi quyy"));
            assertThat(titles(results)).startsWith("Dương xỉ giả", "Đương quy");
            assertThat(results.didYouMean()).isEqualTo("duong xi quy");
        }

        @Test
        void a_word_the_index_knows_is_never_corrected() {
            // "duong" alone finds two titles; no correction competes with them.
            SearchResults results = index.search(SearchRequest.of("duong"));
            assertThat(titles(results)).containsExactlyInAnyOrder("Dương xỉ giả", "Đương quy");
            assertThat(results.didYouMean()).isNull();
        }
    }

    @Nested
    class Highlighting {

        @Test
        void matched_words_are_marked_and_everything_else_is_escaped() {
            SearchHit hit = index.search(SearchRequest.of("cam mau").filter(SearchFacet.TYPE, "species")).hits().getFirst();
            assertThat(hit.highlight()).isEqualTo(
                    "Rễ củ <mark>cầm máu</mark> &amp; tan <mark>máu</mark> ứ; trồng ở &lt;Si Ma Cai&gt;.");
        }

        @Test
        void a_hit_found_by_its_name_shows_the_start_of_its_text() {
            SearchHit hit = index.search(SearchRequest.of("Angelica sinensis")).hits().getFirst();
            assertThat(hit.highlight()).isEqualTo("Rễ bổ huyết, trồng ở Sa Pa.");
        }
    }

    @Nested
    class Sorting {

        @Test
        void by_name_follows_vietnamese_alphabetical_order() {
            SearchResults results = index.search(SearchRequest.of("rễ").sortedBy(SearchSort.NAME));
            // Vietnamese collation: "Dương" before "Đương", which code points would put last anyway,
            // and "Sâm" before "Tam"; relevance would put another first.
            assertThat(titles(results)).containsExactly("Dương xỉ giả", "Đương quy", "Sâm Việt Nam", "Tam thất");
        }

        @Test
        void by_relevance_is_the_default() {
            assertThat(titles(index.search(SearchRequest.of("tam that")))).containsExactly("Tam thất", "Tam thất cầm máu");
        }
    }
}
