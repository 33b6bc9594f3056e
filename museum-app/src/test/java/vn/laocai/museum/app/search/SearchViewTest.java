package vn.laocai.museum.app.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchIndex;

/** The search page without a browser (Karibu), over a real Lucene index built from the corpus. */
class SearchViewTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private SearchIndex index;
    private SearchView view;

    @BeforeEach
    void setUp() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        index = SearchIndex.inMemory();
        new GraphIndexer(store, index).rebuild();
        MuseumMockVaadin.setup();
        view = new SearchView(index, new SpeciesCatalog(store));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MuseumMockVaadin.tearDown();
        index.close();
        store.close();
    }

    @Test
    void results_link_to_species_pages_and_say_which_name_matched() {
        view.show("三七");
        assertThat(_get(view, H1.class).getText()).isEqualTo("Kết quả cho “三七”");
        Anchor first = cards().getFirst();
        assertThat(first.getHref()).isEqualTo("species/panax-notoginseng");
        assertThat(first.getElement().getTextRecursively()).contains("Tam thất").contains("Chữ Hán: 三七");
    }

    @Test
    void nothing_found_says_so() {
        view.show("xyzzy");
        assertThat(cards()).isEmpty();
        assertThat(_get(view, Paragraph.class).getText()).contains("Không tìm thấy");
    }

    @Test
    void a_descriptive_query_finds_the_red_dao_bath_with_its_kind_and_page() {
        view.show("herbal bath");
        Anchor first = cards().getFirst();
        assertThat(first.getHref()).isEqualTo("knowledge/red-dao-herbal-bath");
        assertThat(first.getElement().getTextRecursively()).startsWith("Tri thức").contains("Đìa dảo xin");
        assertThat(hrefs()).contains("stories/tam-la-thuoc-dao-do");
    }

    @Test
    void remedies_are_found_by_what_they_treat() {
        view.show("chữa đau dạ dày");
        assertThat(hrefs().getFirst()).isEqualTo("remedies/che-day-da-day");
        // Lá khôi, a traditional stomach herb, and the warming cinnamon remedy follow.
        assertThat(hrefs().subList(0, 5)).contains("species/ardisia-silvestris", "remedies/nhuc-que-on-trung");
        assertThat(cards().getFirst().getElement().getTextRecursively())
                .startsWith("Bài thuốc").contains("Chè dây cho người đau dạ dày");
    }

    @Test
    void a_vietnamese_description_finds_the_bath_record_remedy_and_story() {
        view.show("tắm lá thuốc");
        assertThat(hrefs().subList(0, 2)).containsExactly("knowledge/red-dao-herbal-bath", "remedies/tam-la-dao-do-sau-sinh");
        assertThat(hrefs()).contains("stories/tam-la-thuoc-dao-do");
    }

    @Test
    void a_species_name_still_ranks_the_species_first() {
        view.show("tam that");
        assertThat(hrefs()).first().isEqualTo("species/panax-notoginseng");
        assertThat(hrefs()).contains("remedies/tam-that-cam-mau");
        assertThat(cards().getFirst().getElement().getTextRecursively()).startsWith("Loài");
        view.show("que");
        assertThat(hrefs()).first().isEqualTo("species/cinnamomum-cassia");
    }

    @Test
    void the_restricted_family_bath_recipes_are_never_a_result() {
        for (String query : List.of("bài thuốc tắm riêng", "family bath recipes", "Bài thuốc tắm riêng của từng gia đình Dao đỏ",
                "red-dao-family-bath-recipes")) {
            view.show(query);
            assertThat(hrefs()).as(query).noneMatch(href -> href.contains("red-dao-family-bath-recipes"));
        }
    }

    /** The result cards, in order (not the facet, order and page links). */
    private List<Anchor> cards() {
        return _find(view, Anchor.class).stream().filter(anchor -> anchor.hasClassName("museum-result")).toList();
    }

    private List<String> hrefs() {
        return cards().stream().map(Anchor::getHref).toList();
    }

    @Test
    void facets_count_the_results_and_a_chosen_value_narrows_them() {
        view.show("sâm");
        assertThat(view.facetKeysShown()).contains("type", "family");
        Anchor araliaceae = _find(view, Anchor.class).stream()
                .filter(anchor -> anchor.getText().startsWith("Araliaceae (")).findFirst().orElseThrow();
        assertThat(araliaceae.getHref()).isEqualTo("search?q=s%C3%A2m&family=Araliaceae");
        assertThat(araliaceae.getElement().hasAttribute("aria-current")).isFalse();

        view.show(SearchState.of(com.vaadin.flow.router.QueryParameters.full(java.util.Map.of(
                "q", new String[] {"sâm"}, "family", new String[] {"Araliaceae"}))));
        assertThat(hrefs()).isNotEmpty().allMatch(href -> !href.startsWith("species/") || araliaceaeSpecies(href));
        Anchor chosen = _find(view, Anchor.class).stream()
                .filter(anchor -> anchor.getText().startsWith("✓ Araliaceae")).findFirst().orElseThrow();
        assertThat(chosen.getHref()).as("choosing it again takes it off").isEqualTo("search?q=s%C3%A2m");
        assertThat(chosen.getElement().getAttribute("aria-current")).isEqualTo("true");
    }

    @Test
    void the_use_category_facet_is_labelled_in_the_page_language_and_narrows_the_results() {
        view.show("tam thất");
        assertThat(view.facetKeysShown()).contains("use");
        Anchor blood = facetValue("huyết, cầm máu (");
        assertThat(blood.getHref()).isEqualTo("search?q=tam%20th%E1%BA%A5t&use=blood");

        view.show(SearchState.of(com.vaadin.flow.router.QueryParameters.full(java.util.Map.of(
                "q", new String[] {"tam thất"}, "use", new String[] {"blood"}))));
        assertThat(hrefs()).contains("species/panax-notoginseng", "remedies/tam-that-cam-mau")
                .doesNotContain("remedies/ba-kich-ngam-ruou");
        assertThat(facetValue("✓ huyết, cầm máu").getElement().getAttribute("aria-current")).isEqualTo("true");

        MuseumMockVaadin.switchTo(vn.laocai.museum.app.base.i18n.SiteLanguage.ENGLISH);
        view.show("tam thất");
        assertThat(facetValue("blood and bleeding (").getHref()).isEqualTo("search?q=tam%20th%E1%BA%A5t&use=blood");
        assertThat(facetValue("women's health and childbirth (")).isNotNull();
    }

    private Anchor facetValue(String textStart) {
        return _find(view, Anchor.class).stream().filter(anchor -> anchor.getText().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no facet value " + textStart));
    }

    @Test
    void a_misspelt_name_offers_the_corrected_search_and_finds_it() {
        view.show("Cinamomum casia");
        Anchor corrected = _find(view, Anchor.class).stream()
                .filter(anchor -> anchor.hasClassName("museum-did-you-mean")).findFirst().orElseThrow();
        assertThat(corrected.getText()).isEqualTo("Cinnamomum cassia");
        assertThat(hrefs()).contains("species/cinnamomum-cassia");
    }

    @Test
    void nothing_found_offers_the_strategic_herbs() {
        view.show("xyzzy");
        assertThat(_find(view, Anchor.class)).extracting(Anchor::getHref).contains("species/panax-notoginseng");
    }

    @Test
    void results_can_be_ordered_by_name_and_paged() {
        view.show(SearchState.of(com.vaadin.flow.router.QueryParameters.full(java.util.Map.of(
                "q", new String[] {"lá"}, "sort", new String[] {"name"}))));
        List<String> titles = _find(view, Anchor.class).stream().filter(anchor -> anchor.hasClassName("museum-result"))
                .map(anchor -> anchor.getElement().getTextRecursively()).toList();
        assertThat(titles).hasSizeGreaterThan(1);
        assertThat(_find(view, Anchor.class)).extracting(Anchor::getHref)
                .contains("search?q=l%C3%A1&sort=name&page=1");
    }

    private boolean araliaceaeSpecies(String href) {
        return new SpeciesCatalog(store).find(href.substring("species/".length()), "vi")
                .map(detail -> detail.summary().family().equals("Araliaceae")).orElse(false);
    }

    @Test
    void the_header_box_suggests_herbs_as_a_visitor_types() {
        vn.laocai.museum.app.base.ui.MainLayout layout = new vn.laocai.museum.app.base.ui.MainLayout(index);
        UI.getCurrent().add(layout);
        com.vaadin.flow.component.textfield.TextField box = _get(layout, com.vaadin.flow.component.textfield.TextField.class);
        box.setValue("tam th");
        List<Anchor> suggested = _find(layout, Anchor.class).stream()
                .filter(anchor -> anchor.getParent().map(parent -> parent instanceof com.vaadin.flow.component.html.ListItem).orElse(false))
                .toList();
        assertThat(suggested).isNotEmpty();
        assertThat(suggested.getFirst().getHref()).isEqualTo("species/panax-notoginseng");
        assertThat(suggested.getFirst().getElement().getTextRecursively()).startsWith("Tam thất").contains("Panax notoginseng");

        box.setValue("t");
        assertThat(_find(layout, Anchor.class).stream()
                .filter(anchor -> anchor.getParent().map(parent -> parent instanceof com.vaadin.flow.component.html.ListItem).orElse(false)))
                .as("one letter suggests nothing yet").isEmpty();
    }
}
