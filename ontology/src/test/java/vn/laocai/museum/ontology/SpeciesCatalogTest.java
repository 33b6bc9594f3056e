package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeciesCatalogTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private SpeciesCatalog catalog;

    @BeforeEach
    void open() {
        store = Fixtures.storeWithSpecies(directory);
        catalog = new SpeciesCatalog(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void lists_strategic_herbs_in_plan_order_then_the_rest_in_vietnamese_alphabetical_order() {
        assertThat(catalog.list("vi")).extracting(SpeciesSummary::title)
                .containsExactly("Tam thất", "Sâm bố chính", "Đương quy", "Hoàng liên");
    }

    @Test
    void texts_come_in_the_asked_language_and_fall_back_to_the_scientific_name() {
        assertThat(catalog.list("en")).extracting(SpeciesSummary::title)
                .containsExactly("Notoginseng", "Abelmoschus sagittifolius", "Coptis chinensis", "Dong quai");
    }

    @Test
    void a_species_page_has_its_names_with_language_status_and_verification() {
        SpeciesDetail tamThat = catalog.find("panax-notoginseng", "vi").orElseThrow();
        assertThat(tamThat.summary().scientificName()).isEqualTo("Panax notoginseng");
        assertThat(tamThat.authorship()).isEqualTo("(Burkill) F.H.Chen");
        assertThat(tamThat.names()).containsExactly(
                new TaxonName("Tam thất", "vi", "vernacular", true, true),
                new TaxonName("三七", "zh", "pharmaceutical", false, false),
                new TaxonName("Panax pseudo-ginseng", "la", "synonym", false, true));
        assertThat(tamThat.notes(SpeciesNote.Kind.USE)).extracting(SpeciesNote::text).containsExactly("Cầm máu, tan máu ứ.");
        assertThat(tamThat.notes(SpeciesNote.Kind.SAFETY)).extracting(SpeciesNote::verified).containsExactly(false);
        assertThat(tamThat.narrativeMarkdown()).contains("**Si Ma Cai**");
    }

    @Test
    void an_unknown_slug_finds_nothing() {
        assertThat(catalog.find("no-such-herb", "vi")).isEmpty();
    }
}
