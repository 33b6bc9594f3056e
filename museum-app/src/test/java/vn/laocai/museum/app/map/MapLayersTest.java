package vn.laocai.museum.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** What the maps draw from the shipped corpus: only sourced points, and protected species generalised. */
class MapLayersTest {

    @TempDir
    static Path directory;

    private static Tdb2GraphStore store;
    private static ReferenceCatalog catalog;

    @BeforeAll
    static void load() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        catalog = new ReferenceCatalog(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void the_places_layer_has_the_five_sourced_points_exactly_where_the_sources_put_them() {
        List<MapMarker> markers = new MapLayers(catalog.read("en"), SiteLanguage.ENGLISH, "/").places();
        assertThat(markers).hasSize(5).noneMatch(MapMarker::generalised);
        MapMarker sapa = markers.stream().filter(m -> m.link().equals("/places/sa-pa")).findFirst().orElseThrow();
        assertThat(sapa.lat()).isEqualTo(22.350);
        assertThat(sapa.lon()).isEqualTo(103.867);
        assertThat(sapa.lines()).contains("Former district", "Coordinates not yet checked against their original source");
    }

    @Test
    void a_protected_species_is_drawn_at_its_cells_centre_with_the_reason() {
        List<MapMarker> markers = new MapLayers(catalog.read("vi"), SiteLanguage.VIETNAMESE, "/").species("panax-vietnamensis");
        // Bát Xát has no sourced point; Mù Cang Chải (104.167, 21.833) has one.
        assertThat(markers).hasSize(1);
        MapMarker shown = markers.getFirst();
        assertThat(shown.generalised()).isTrue();
        assertThat(shown.lat()).isEqualTo(21.85);
        assertThat(shown.lon()).isEqualTo(104.15);
        assertThat(shown.lines()).anyMatch(line -> line.contains("ô lưới khoảng 10 km"));
    }

    @Test
    void the_species_page_map_lists_the_places_beside_the_map_and_adds_nothing_for_a_species_without_places() {
        MuseumMockVaadin.setup();
        try {
            SpeciesDistributionMap distribution = new SpeciesDistributionMap(catalog, MapProperties.offline(), ProvinceOutline.shipped());
            List<Component> parts = distribution.of("panax-vietnamensis", SiteLanguage.VIETNAMESE, "/");
            // Heading, map, the reason it is generalised, and the list of former districts and communes.
            assertThat(parts).hasSize(4).anyMatch(part -> part instanceof HerbMap)
                    .anyMatch(part -> part instanceof com.vaadin.flow.component.html.UnorderedList);
            assertThat(distribution.of("no-such-herb", SiteLanguage.VIETNAMESE, "/")).isEmpty();
        } finally {
            MuseumMockVaadin.tearDown();
        }
    }
}
