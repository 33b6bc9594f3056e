package vn.laocai.museum.app.places;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.NotFoundException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.about.AboutDataView;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.conservation.ConservationView;
import vn.laocai.museum.app.conservation.InstrumentsView;
import vn.laocai.museum.app.kiosk.KioskMapView;
import vn.laocai.museum.app.map.HerbMap;
import vn.laocai.museum.app.map.MapMarker;
import vn.laocai.museum.app.map.MapProperties;
import vn.laocai.museum.app.map.MapView;
import vn.laocai.museum.app.map.ProvinceOutline;
import vn.laocai.museum.app.marks.MarksView;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The places, marks, conservation, map and dataset pages without a browser (Karibu), on the shipped corpus in TDB2. */
@ExtendWith(MuseumMockVaadin.PerTest.class)
class PublicPagesViewTest {

    @TempDir
    static Path directory;

    private static Tdb2GraphStore store;
    private static ReferenceCatalog references;

    @BeforeAll
    static void load() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        references = new ReferenceCatalog(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private PlacesView places(String slug) {
        PlacesView view = new PlacesView(references, MapProperties.offline(), ProvinceOutline.shipped());
        UI.getCurrent().add(view);
        view.setParameter(null, slug);
        return view;
    }

    @Test
    void the_places_list_names_every_former_district_and_its_communes_and_the_current_communes() {
        PlacesView view = places(null);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Nơi cây thuốc mọc");
        List<String> links = _find(view, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("places/sa-pa", "places/sa-pa-ta-van", "places/bat-xat-pa-cheo", "map");
        // 14 former districts, 51 communes the sources name, 8 current communes and wards a source gives as successors.
        assertThat(links.stream().filter(href -> href.startsWith("places/")).count()).isEqualTo(14 + 51 + 8);
        assertThat(links).contains("places/xa-hop-thanh", "places/xa-ta-van", "places/xa-trinh-tuong", "places/phuong-sa-pa");
    }

    @Test
    void a_district_page_shows_its_point_what_grows_there_and_marks_protected_species() {
        PlacesView view = places("bat-xat");
        assertThat(_get(view, H1.class).getText()).isEqualTo("Bát Xát");
        assertThat(view.getElement().getTextRecursively()).contains("Chưa có toạ độ do nguồn ghi lại");
        assertThat(_find(view, HerbMap.class)).as("no point, no map").isEmpty();
        List<String> links = _find(view, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("species/panax-vietnamensis", "places/bat-xat-pa-cheo", "marks/hoang-sin-co-bat-xat");
        assertThat(_find(view, Span.class, spec -> spec.withClasses("museum-protected"))).isNotEmpty();

        PlacesView sapa = places("sa-pa");
        assertThat(_get(sapa, HerbMap.class).markers()).hasSize(1);
        assertThat(sapa.getElement().getTextRecursively()).contains("22.350° N, 103.867° E");
    }

    @Test
    void pages_switch_to_english_with_their_title() {
        PlacesView view = places("sa-pa");
        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Sa Pa Town");
        assertThat(view.getPageTitle()).isEqualTo("Sa Pa Town — Lào Cai Digital Medicinal-Herb Museum");
    }

    @Test
    void a_former_commune_says_since_when_it_is_part_of_its_current_commune_in_both_languages() {
        PlacesView view = places("bat-xat-trinh-tuong");
        Span since = _get(view, Span.class, spec -> spec.withClasses("museum-since-2025"));
        assertThat(since.getElement().getTextRecursively()).isEqualTo("Từ ngày 1/7/2025 thuộc xã Trịnh Tường. chưa kiểm chứng");
        assertThat(_get(since, Anchor.class).getHref()).isEqualTo("places/xa-trinh-tuong");
        assertThat(_find(since, Span.class, spec -> spec.withClasses("museum-unverified"))).hasSize(1);

        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        assertThat(_get(view, Span.class, spec -> spec.withClasses("museum-since-2025")).getElement().getTextRecursively())
                .isEqualTo("Since 1 July 2025 part of Trinh Tuong commune. unverified");
    }

    @Test
    void a_successor_a_press_page_gives_has_no_badge_and_a_commune_without_one_says_so() {
        Span since = _get(places("sa-pa-ta-van"), Span.class, spec -> spec.withClasses("museum-since-2025"));
        assertThat(since.getElement().getTextRecursively()).isEqualTo("Từ ngày 1/7/2025 thuộc xã Tả Van.");
        assertThat(_find(since, Span.class, spec -> spec.withClasses("museum-unverified"))).isEmpty();

        // Y Tý kept its name and took in A Lù, as press pages say: no badge either.
        for (String commune : java.util.List.of("bat-xat-y-ty", "bat-xat-a-lu")) {
            Span yTy = _get(places(commune), Span.class, spec -> spec.withClasses("museum-since-2025"));
            assertThat(yTy.getElement().getTextRecursively()).as(commune).isEqualTo("Từ ngày 1/7/2025 thuộc xã Y Tý.");
        }

        PlacesView paCheo = places("bat-xat-pa-cheo");
        assertThat(_find(paCheo, Span.class, spec -> spec.withClasses("museum-since-2025"))).isEmpty();
        assertThat(paCheo.getElement().getTextRecursively()).contains("Chưa có nguồn nêu xã hiện nay của nơi này.");
    }

    @Test
    void a_ward_is_called_a_ward() {
        PlacesView hamRong = places("sa-pa-ham-rong");
        assertThat(_get(hamRong, Span.class, spec -> spec.withClasses("museum-since-2025")).getElement().getTextRecursively())
                .isEqualTo("Từ ngày 1/7/2025 thuộc phường Sa Pa. chưa kiểm chứng");
        PlacesView ward = places("phuong-sa-pa");
        assertThat(_get(ward, H1.class).getText()).isEqualTo("phường Sa Pa");
        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        assertThat(_get(ward, H1.class).getText()).isEqualTo("Sa Pa ward");
    }

    @Test
    void a_current_commune_lists_the_former_communes_it_took_in_and_what_grew_there() {
        PlacesView view = places("xa-trinh-tuong");
        assertThat(_get(view, H1.class).getText()).isEqualTo("xã Trịnh Tường");
        assertThat(_find(_get(view, H1.class), Span.class, spec -> spec.withClasses("museum-unverified"))).hasSize(1);
        assertThat(_get(view, com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("museum-former-communes"))
                .getElement().getTextRecursively()).isEqualTo("Trịnh Tường (Bát Xát)");
        assertThat(view.getElement().getTextRecursively()).contains("Tỉnh Lào Cai").contains("Xuyên khung");

        MuseumMockVaadin.switchTo(SiteLanguage.ENGLISH);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Trinh Tuong commune");
    }

    @Test
    void an_unknown_place_mark_or_list_is_not_found() {
        assertThatThrownBy(() -> places("nowhere")).isInstanceOf(NotFoundException.class);
        MarksView marks = new MarksView(references);
        assertThatThrownBy(() -> marks.setParameter(null, "no-mark")).isInstanceOf(NotFoundException.class);
        ConservationView lists = new ConservationView(references);
        assertThatThrownBy(() -> lists.setParameter(null, "no-list")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_geographical_indication_page_shows_its_number_area_and_herb() {
        MarksView view = new MarksView(references);
        UI.getCurrent().add(view);
        view.setParameter(null, "gi-00018-van-yen");
        assertThat(view.getElement().getTextRecursively()).contains("00018").contains("01/QĐ-SHTT").contains("UBND huyện Văn Yên");
        List<String> links = _find(view, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("species/cinnamomum-cassia", "places/van-yen-xuan-tam");
        view.setParameter(null, null);
        assertThat(_find(view, Anchor.class).stream().map(Anchor::getHref)).contains("marks/gi-00018-van-yen", "marks/xuyen-khung-bat-xat");
    }

    @Test
    void a_conservation_list_shows_its_species_with_their_category_and_its_instrument() {
        ConservationView view = new ConservationView(references);
        UI.getCurrent().add(view);
        view.setParameter(null, "nd-84-2021");
        assertThat(view.getElement().getTextRecursively()).contains("Sâm Ngọc Linh (sâm Việt Nam) — Nhóm IA");
        assertThat(_find(view, Anchor.class).stream().map(Anchor::getHref)).contains("instruments/nd-84-2021");

        InstrumentsView instrument = new InstrumentsView(references);
        UI.getCurrent().add(instrument);
        instrument.setParameter(null, "nd-84-2021");
        assertThat(instrument.getElement().getTextRecursively()).contains("84/2021/NĐ-CP").contains("2021-09-22");
        assertThat(_find(instrument, Anchor.class).stream().map(Anchor::getHref)).contains("instruments/nd-06-2019", "conservation/nd-84-2021");
    }

    @Test
    void the_map_page_draws_the_five_sourced_points_and_lists_the_nine_districts_without_one() {
        MapView view = new MapView(references, MapProperties.offline(), ProvinceOutline.shipped());
        UI.getCurrent().add(view);
        assertThat(_get(view, HerbMap.class).markers()).extracting(m -> m.link())
                .containsExactlyInAnyOrder("/places/bac-ha", "/places/bao-thang", "/places/lao-cai", "/places/mu-cang-chai", "/places/sa-pa");
        assertThat(_find(view, Anchor.class).stream().filter(a -> a.getHref().startsWith("places/")).count()).isEqualTo(9);
        assertThat(view.getElement().getTextRecursively()).contains("Ranh giới tỉnh trên bản đồ").contains("geoBoundaries")
                .contains("CC BY-SA 4.0").doesNotContain("phác thảo gần đúng");
    }

    @Test
    void the_kiosk_map_is_the_same_section_with_kiosk_links_buttons_and_no_text_list() {
        MapView site = new MapView(references, MapProperties.offline(), ProvinceOutline.shipped());
        KioskMapView kiosk = new KioskMapView(references, MapProperties.offline(), ProvinceOutline.shipped());
        UI.getCurrent().add(site, kiosk);

        List<MapMarker> onKiosk = _get(kiosk, HerbMap.class).markers();
        assertThat(onKiosk).extracting(MapMarker::title)
                .containsExactlyElementsOf(_get(site, HerbMap.class).markers().stream().map(MapMarker::title).toList());
        assertThat(onKiosk).allMatch(marker -> marker.link().startsWith("/kiosk/places/"));
        List<Anchor> chips = _find(kiosk, Anchor.class).stream().filter(a -> a.hasClassName("kiosk-chip")).toList();
        assertThat(chips).hasSize(9).allMatch(chip -> chip.getHref().startsWith("kiosk/places/"));
        assertThat(kiosk.getElement().getTextRecursively()).contains("geoBoundaries").doesNotContain("Các điểm trên bản đồ");
        assertThat(site.getElement().getTextRecursively()).contains("Các điểm trên bản đồ");
    }

    @Test
    void the_dataset_page_counts_from_the_graph() {
        AboutDataView view = new AboutDataView(store, new SpeciesCatalog(store), new DocumentCatalog(store), references);
        UI.getCurrent().add(view);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Loài46").contains("14 huyện cũ, 51 xã").contains("CC BY 4.0");
        assertThat(_find(view, Anchor.class).stream().map(Anchor::getHref)).contains("/sparql", "/.well-known/void",
                "/dumps/museum-public.ttl.gz");
        assertThat(_find(view, Grid.class)).isEmpty();
    }
}
