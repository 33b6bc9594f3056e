package vn.laocai.museum.app.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The reference data of the shipped corpus, read back from a real TDB2 store. */
class ReferencesTest {

    @TempDir
    static Path directory;

    private static Tdb2GraphStore store;
    private static References vietnamese;
    private static References english;

    @BeforeAll
    static void load() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        vietnamese = new ReferenceCatalog(store).read("vi");
        english = new ReferenceCatalog(store).read("en");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void fourteen_former_districts_five_of_them_with_a_sourced_point_and_no_commune_with_one() {
        assertThat(vietnamese.districts()).hasSize(14);
        assertThat(vietnamese.districts().stream().filter(d -> d.point().isPresent()).map(References.Place::slug))
                .containsExactlyInAnyOrder("bac-ha", "bao-thang", "lao-cai", "mu-cang-chai", "sa-pa");
        assertThat(vietnamese.communes()).hasSize(51).allMatch(commune -> commune.point().isEmpty());
        References.Place sapa = english.place("sa-pa").orElseThrow();
        assertThat(sapa.name()).isEqualTo("Sa Pa Town");
        assertThat(sapa.point().orElseThrow().latitude()).isEqualTo(22.350);
        assertThat(sapa.pointVerified()).isFalse();
        assertThat(sapa.pointSource()).isPresent();
    }

    @Test
    void a_place_knows_what_grows_there_and_its_marks() {
        assertThat(vietnamese.speciesAt("bat-xat")).extracting(o -> o.species().slug()).contains("panax-vietnamensis");
        assertThat(vietnamese.speciesAt("bat-xat-pa-cheo")).extracting(o -> o.species().slug()).contains("panax-vietnamensis");
        assertThat(vietnamese.speciesAt("bat-xat").stream().filter(o -> o.species().slug().equals("panax-vietnamensis")))
                .allMatch(References.Occurrence::protectedSpecies);
        assertThat(vietnamese.marksAt("bat-xat")).extracting(References.Mark::slug).contains("duong-quy-bat-xat", "hoang-sin-co-bat-xat");
        assertThat(vietnamese.communesOf("sa-pa")).extracting(References.Place::name).contains("Tả Van");
    }

    @Test
    void marks_lists_and_instruments_in_alphabetical_order() {
        assertThat(vietnamese.marks()).extracting(References.Mark::kind).contains(References.Mark.Kind.GEOGRAPHICAL_INDICATION,
                References.Mark.Kind.COLLECTIVE_MARK, References.Mark.Kind.OCOP_PRODUCT);
        assertThat(vietnamese.mark("gi-00018-van-yen").orElseThrow().places()).hasSize(8);
        assertThat(vietnamese.speciesWithMark("gi-00018-van-yen")).extracting(References.Ref::slug).contains("cinnamomum-cassia");
        assertThat(vietnamese.lists()).extracting(References.ConservationList::code).contains("nd-84-2021", "vn-redlist", "cites");
        assertThat(vietnamese.list("nd-84-2021").orElseThrow().instrument()).map(References.Ref::slug).contains("nd-84-2021");
        assertThat(vietnamese.speciesOn("nd-84-2021")).anyMatch(l -> l.species().slug().equals("panax-vietnamensis")
                && "Nhóm IA".equals(l.category()));
        assertThat(vietnamese.instruments()).extracting(References.Instrument::slug).contains("nd-84-2021", "nd-06-2019", "cites",
                "sach-do-viet-nam-2007");
        assertThat(english.instrument("nd-84-2021").orElseThrow().amends()).map(References.Ref::slug).contains("nd-06-2019");
    }
}
