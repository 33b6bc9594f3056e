package vn.laocai.museum.app.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.map.HerbMap;
import vn.laocai.museum.app.map.MapProperties;
import vn.laocai.museum.app.map.ProvinceOutline;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.DocumentFacets;

/** The kiosk's pages without a browser (Karibu): what they show, and that every link stays on the kiosk. */
@ExtendWith(MuseumMockVaadin.PerTest.class)
class KioskViewsTest {

    @TempDir
    static Path directory;

    private static Tdb2GraphStore store;

    @BeforeAll
    static void load() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> links(com.vaadin.flow.component.Component view) {
        return _find(view, Anchor.class).stream().map(Anchor::getHref).toList();
    }

    @Test
    void the_home_shows_the_nine_strategic_herbs_first_as_picture_tiles() {
        KioskHomeView view = new KioskHomeView(new SpeciesCatalog(store), new DocumentFacets(store));
        UI.getCurrent().add(view);
        List<Anchor> tiles = _find(view, Anchor.class, spec -> spec.withClasses("kiosk-tile"));
        assertThat(tiles).hasSize(46);
        assertThat(tiles.getFirst().getHref()).isEqualTo("kiosk/species/cinnamomum-cassia");
        assertThat(links(view)).allMatch(href -> href.startsWith("kiosk"));
        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        assertThat(_get(view, H1.class).getText()).isEqualTo("The strategic medicinal herbs of Lào Cai");
    }

    @Test
    void the_a_to_z_has_a_button_per_letter_with_d_before_dj() {
        KioskAzView view = new KioskAzView(new SpeciesCatalog(store), new DocumentFacets(store));
        UI.getCurrent().add(view);
        List<String> letters = _find(view, NativeButton.class).stream().map(NativeButton::getText).toList();
        assertThat(letters.indexOf("D")).isGreaterThanOrEqualTo(0).isLessThan(letters.indexOf("Đ"));
        assertThat(_find(view, H2.class)).hasSameSizeAs(letters);
        assertThat(links(view)).hasSize(46).allMatch(href -> href.startsWith("kiosk/species/"));
    }

    @Test
    void the_categories_offer_parts_and_show_the_herbs_of_one() {
        KioskCategoriesView view = new KioskCategoriesView(new SpeciesCatalog(store), new DocumentFacets(store), new ReferenceCatalog(store));
        UI.getCurrent().add(view);
        assertThat(links(view)).contains("kiosk/categories?by=part&value=root", "kiosk/categories?by=ethnic",
                "kiosk/categories?by=family", "kiosk/categories?by=list");
        assertThat(view.getElement().getTextRecursively()).contains("rễ (");
    }

    @Test
    void a_herb_on_the_kiosk_keeps_every_link_on_the_kiosk_and_names_sources_without_links() {
        KioskSpeciesView view = new KioskSpeciesView(new SpeciesCatalog(store), new DocumentCatalog(store), new ReferenceCatalog(store),
                new MarkdownRenderer(), MapProperties.offline(), ProvinceOutline.shipped());
        UI.getCurrent().add(view);
        view.setParameter(null, "panax-vietnamensis");
        assertThat(_get(view, H1.class).getText()).isEqualTo("Sâm Ngọc Linh (sâm Việt Nam)");
        assertThat(links(view)).isNotEmpty().allMatch(href -> href.startsWith("kiosk"));
        assertThat(links(view)).contains("kiosk/places/bat-xat", "kiosk/places/mu-cang-chai");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("href=\"http");
        assertThat(view.getElement().getTextRecursively()).contains("Danh lục Đỏ Việt Nam").contains("ô lưới khoảng 10 km");
        HerbMap map = _get(view, HerbMap.class);
        assertThat(map.markers()).hasSize(1).allMatch(marker -> marker.generalised() && marker.link().startsWith("/kiosk/places/"));
    }

    @Test
    void a_former_commune_on_the_kiosk_leads_to_the_ward_it_is_part_of_since_2025_and_back() {
        KioskPlaceView former = new KioskPlaceView(new ReferenceCatalog(store));
        UI.getCurrent().add(former);
        former.setParameter(null, "sa-pa-ham-rong");
        assertThat(former.getElement().getTextRecursively()).contains("Từ ngày 1/7/2025 thuộc phường Sa Pa.").contains("chưa kiểm chứng");
        assertThat(links(former)).contains("kiosk/places/phuong-sa-pa").allMatch(href -> href.startsWith("kiosk"));

        KioskPlaceView ward = new KioskPlaceView(new ReferenceCatalog(store));
        UI.getCurrent().add(ward);
        ward.setParameter(null, "phuong-sa-pa");
        assertThat(_get(ward, H1.class).getText()).isEqualTo("phường Sa Pa");
        assertThat(links(ward)).contains("kiosk/places/sa-pa-ham-rong").allMatch(href -> href.startsWith("kiosk"));
    }

    @Test
    void the_attract_loop_has_a_slide_per_strategic_herb_and_story() {
        KioskAttractView view = new KioskAttractView(new SpeciesCatalog(store), new DocumentFacets(store), new DocumentCatalog(store),
                new KioskProperties(90, 8));
        UI.getCurrent().add(view);
        assertThat(view.getElement().getOuterHTML().split("class=\"kiosk-slide\"", -1).length - 1).isEqualTo(9 + 9);
        assertThat(view.getElement().getTextRecursively()).contains("Touch to start");
    }
}
