package vn.laocai.museum.app.species;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.DocumentFacets;

/** The species catalogue's order, filters, pages and letters, on the shipped corpus in TDB2. */
class SpeciesCatalogueTest {

    @TempDir
    static Path directory;

    private static Tdb2GraphStore store;
    private static SpeciesCatalogue vietnamese;

    @BeforeAll
    static void load() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        vietnamese = SpeciesCatalogue.read(new SpeciesCatalog(store), new DocumentFacets(store), SiteLanguage.VIETNAMESE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> titles(List<SpeciesCatalogue.Entry> entries) {
        return entries.stream().map(entry -> entry.summary().title()).toList();
    }

    @Test
    void every_species_in_vietnamese_alphabetical_order_with_d_before_dj() {
        List<String> titles = titles(vietnamese.all());
        assertThat(titles).hasSize(46);
        int lastD = -1;
        int firstDj = Integer.MAX_VALUE;
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).startsWith("D")) {
                lastD = i;
            }
            if (titles.get(i).startsWith("Đ")) {
                firstDj = Math.min(firstDj, i);
            }
        }
        assertThat(lastD).isLessThan(firstDj);
        assertThat(titles).contains("Đương quy");
    }

    @Test
    void the_strategic_herbs_come_in_the_plans_order() {
        List<SpeciesCatalogue.Entry> strategic = vietnamese.strategic();
        assertThat(strategic).hasSize(9);
        assertThat(strategic.getFirst().summary().slug()).isEqualTo("cinnamomum-cassia");
        assertThat(strategic.get(1).summary().slug()).isEqualTo("panax-vietnamensis");
    }

    @Test
    void filters_narrow_and_pages_cut_the_same_order() {
        SpeciesCatalogue.Filter araliaceaeRoots = new SpeciesCatalogue.Filter("Araliaceae", "root", null, null);
        List<SpeciesCatalogue.Entry> found = vietnamese.filtered(araliaceaeRoots);
        assertThat(found).isNotEmpty().allMatch(entry -> entry.family().equals("Araliaceae") && entry.parts().contains("root"));
        assertThat(vietnamese.count(araliaceaeRoots)).isEqualTo(found.size());
        assertThat(titles(vietnamese.page(SpeciesCatalogue.Filter.ANY, 10, 5))).isEqualTo(titles(vietnamese.all()).subList(10, 15));
        assertThat(vietnamese.page(SpeciesCatalogue.Filter.ANY, 45, 20)).hasSize(1);
        assertThat(vietnamese.filtered(new SpeciesCatalogue.Filter(null, null, "nd-84-2021", null)))
                .extracting(entry -> entry.summary().slug()).contains("panax-vietnamensis");
        assertThat(vietnamese.values(SpeciesCatalogue.Entry::lists)).doesNotContainKey("not-listed");
    }

    @Test
    void letters_follow_the_vietnamese_alphabet() {
        Map<String, List<SpeciesCatalogue.Entry>> letters = vietnamese.byLetter();
        List<String> keys = List.copyOf(letters.keySet());
        assertThat(keys).contains("D", "Đ");
        assertThat(keys.indexOf("D")).isLessThan(keys.indexOf("Đ"));
        assertThat(titles(letters.get("Đ"))).allMatch(title -> title.startsWith("Đ"));
        assertThat(letters.values().stream().mapToInt(List::size).sum()).isEqualTo(46);
    }

    @Test
    void the_catalogue_page_shows_cards_lazily_and_counts_what_the_filters_keep() {
        MuseumMockVaadin.setup();
        try {
            SpeciesCatalogueView view = new SpeciesCatalogueView(new SpeciesCatalog(store), new DocumentFacets(store), new ReferenceCatalog(store));
            UI.getCurrent().add(view);
            assertThat(_get(view, H1.class).getText()).isEqualTo("Danh mục loài");
            assertThat(_find(view, VirtualList.class)).hasSize(1);
            assertThat(view.getElement().getTextRecursively()).contains("46 loài");
        } finally {
            MuseumMockVaadin.tearDown();
        }
    }
}
