package vn.laocai.museum.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.vaadin.flow.component.Component;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentFile;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * What the maps draw from the shipped corpus: only sourced points, protected species generalised,
 * the sourced province outline around every point, and a commune's point as a dot.
 */
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

    @Test
    void the_shipped_outline_is_the_sourced_province_of_2025_and_holds_every_point_of_the_corpus() {
        ProvinceOutline outline = ProvinceOutline.shipped();
        assertThat(outline.approximate()).isFalse();
        assertThat(outline.source()).contains("geoBoundaries").contains("Open Development Mekong");
        assertThat(outline.license()).startsWith("CC BY-SA 4.0");
        assertThat(outline.attribution()).contains("CC BY-SA 4.0");
        assertThat(outline.geoJson().length()).as("small enough to ship in every map").isLessThan(40_000);
        // Lào Cai since 1 July 2025 (the former Lào Cai and Yên Bái): 13,256.92 km² officially.
        assertThat(sphericalAreaKm2(outline)).isCloseTo(13_256.92, withinPercentage(1));

        References references = catalog.read("vi");
        List<References.Place> withPoints = Stream.of(references.districts(), references.communes(), references.currentCommunes())
                .flatMap(List::stream).filter(place -> place.point().isPresent()).toList();
        assertThat(withPoints).isNotEmpty().allSatisfy(place -> assertThat(outline.contains(place.point().get().longitude(),
                place.point().get().latitude())).as(place.slug() + " lies in the province").isTrue());
        assertThat(outline.contains(105.854, 21.029)).as("Hà Nội").isFalse();
        assertThat(outline.contains(104.984, 22.823)).as("Hà Giang city, over the eastern border").isFalse();
        assertThat(outline.contains(103.458, 22.396)).as("Lai Châu town, over the western border").isFalse();
    }

    @Test
    void a_commune_with_a_sourced_point_is_a_dot_linking_to_its_page_inside_the_outline(@TempDir Path other) throws Exception {
        // The shipped corpus with one point added to Y Tý, as a curator would add one.
        List<ContentFile> corpus = new ArrayList<>();
        for (ContentFile file : PackagedCorpus.packaged()) {
            corpus.add(file.path().equals("places/bat-xat.ttl") ? new ContentFile(file.path(), withPoint(file.text())) : file);
        }
        try (Tdb2GraphStore edited = Tdb2GraphStore.open(other)) {
            new ContentLoader(edited).load(corpus);
            References references = new ReferenceCatalog(edited).read("en");
            List<MapMarker> markers = new MapLayers(references, SiteLanguage.ENGLISH, "/kiosk/").places();

            assertThat(markers).hasSize(6);
            MapMarker yTy = markers.stream().filter(MapMarker::commune).findFirst().orElseThrow();
            assertThat(yTy.title()).isEqualTo("Y Ty");
            assertThat(yTy.link()).isEqualTo("/kiosk/places/bat-xat-y-ty");
            assertThat(yTy.lat()).isEqualTo(22.64);
            assertThat(yTy.lines()).contains("Former commune of Bat Xat District (before 1 July 2025)", "3 species recorded here",
                    "Coordinates not yet checked against their original source");
            assertThat(ProvinceOutline.shipped().contains(yTy.lon(), yTy.lat())).isTrue();
            assertThat(new MapLayers(references, SiteLanguage.ENGLISH, "/").place(references.place("bat-xat-y-ty").orElseThrow()))
                    .singleElement().satisfies(marker -> assertThat(marker.commune()).isTrue());

            MuseumMockVaadin.setup();
            try {
                HerbMap map = MapSections.map(MapProperties.offline(), ProvinceOutline.shipped(), markers, "Map");
                assertThat(map.config()).contains("\"commune\":true").contains("geoBoundaries");
            } finally {
                MuseumMockVaadin.tearDown();
            }
        }
    }

    private static String withPoint(String batXat) {
        int block = batXat.indexOf("place:bat-xat-y-ty a");
        int end = batXat.indexOf(" .\n", block);
        return batXat.substring(0, end) + """
                 ;
                    geo:hasGeometry [ a geo:Geometry ;
                                      geo:asWKT "POINT(103.61 22.64)"^^geo:wktLiteral ;
                                      herb:verified false ;
                                      dct:source [ a dct:BibliographicResource ; schema:url <https://example.org/y-ty> ;
                                                   dct:title "A test source" ] ]""" + batXat.substring(end);
    }

    /** The area of the outline's polygons on a sphere of the Earth's mean radius, in km² (holes subtracted). */
    /** The area on a sphere of the Earth's mean radius: outer rings less their holes. */
    private static double sphericalAreaKm2(ProvinceOutline outline) {
        double radius = 6_371.0088;
        double total = 0;
        for (List<double[][]> polygon : outline.polygons()) {
            for (int r = 0; r < polygon.size(); r++) {
                double[][] ring = polygon.get(r);
                double sum = 0;
                for (int i = 0; i + 1 < ring.length; i++) {
                    double lon1 = Math.toRadians(ring[i][0]);
                    double lat1 = Math.toRadians(ring[i][1]);
                    double lon2 = Math.toRadians(ring[i + 1][0]);
                    double lat2 = Math.toRadians(ring[i + 1][1]);
                    sum += (lon2 - lon1) * (2 + Math.sin(lat1) + Math.sin(lat2));
                }
                double area = Math.abs(sum) * radius * radius / 2;
                total += r == 0 ? area : -area;
            }
        }
        return total;
    }
}
