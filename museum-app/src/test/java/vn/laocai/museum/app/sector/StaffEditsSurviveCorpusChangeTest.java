package vn.laocai.museum.app.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentFile;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.content.LoadReport;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** A record staff corrected keeps the correction when the corpus file that first described it changes and is loaded again. */
class StaffEditsSurviveCorpusChangeTest {

    private static final String ORG = "https://w3id.org/laocai-herbs/id/org/";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void a_staff_correction_wins_over_the_changed_corpus_file_and_the_files_other_changes_still_land() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(directory)) {
            ContentLoader loader = new ContentLoader(store);
            List<ContentFile> corpus = PackagedCorpus.packaged();
            loader.load(corpus);
            SectorEditor editor = new SectorEditor(store, CLOCK, () -> corpus);
            SectorTable organisations = SectorTables.find("organisations").orElseThrow();
            List<SectorEditor.Row> rows = editor.preview(organisations, SectorEditor.readCsv(new StringReader("""
                    id,name_vi,name_en,kind,commune,sample
                    htx-mau-y-ty,Hợp tác xã dược liệu Y Tý,Y Tý herb cooperative,cooperative,bat-xat-y-ty,false
                    """)));
            editor.save(organisations, rows, "can-bo", true);
            SectorTable areas = SectorTables.find("growing-areas").orElseThrow();
            editor.save(areas, editor.preview(areas, SectorEditor.readCsv(new StringReader("""
                    code,commune,area_ha,species,under_canopy,operator,name_vi,name_en
                    VN-LCI-BXT-YTY-0002,bat-xat-y-ty,9.5,ligusticum-chuanxiong,false,htx-mau-y-ty,,
                    """))), "can-bo", true);

            List<ContentFile> changed = corpus.stream().map(file -> switch (file.path()) {
                case "sector/organisations.ttl" -> new ContentFile(file.path(), file.text()
                        .replace("\"Hợp tác xã dược liệu mẫu Y Tý\"@vi", "\"Hợp tác xã dược liệu mẫu Y Tý (bản mới)\"@vi")
                        .replace("\"Hợp tác xã dược liệu mẫu Trịnh Tường\"@vi", "\"Hợp tác xã dược liệu mẫu Trịnh Tường (bản mới)\"@vi"));
                case "sector/growing-areas.ttl" -> new ContentFile(file.path(), file.text() + "\n# checked again\n");
                default -> file;
            }).toList();
            LoadReport report = loader.loadIfChanged(changed);

            assertThat(report.documents()).contains("sector/organisations", "sector/growing-areas");
            assertThat(names(store, "htx-mau-y-ty")).as("the staff correction, and nothing of the file's")
                    .containsExactlyInAnyOrder("Hợp tác xã dược liệu Y Tý@vi", "Y Tý herb cooperative@en");
            assertThat(names(store, "htx-mau-trinh-tuong")).as("the file's other change")
                    .contains("Hợp tác xã dược liệu mẫu Trịnh Tường (bản mới)@vi");
            assertThat(sample(store, "htx-mau-y-ty")).as("entered as real data, stays real").isFalse();
            assertThat(sample(store, "htx-mau-trinh-tuong")).isTrue();
            assertThat(editor.find(areas, Map.of("code", "VN-LCI-BXT-YTY-0002"))).hasValueSatisfying(area -> assertThat(area).containsEntry("area_ha", "9.5"));
            assertThat(editor.editedByStaff(ORG + "htx-mau-y-ty")).isTrue();
            assertThat(editor.editedByStaff(ORG + "htx-mau-trinh-tuong")).isFalse();
        }
    }

    private static List<String> names(Tdb2GraphStore store, String slug) {
        return store.select(MuseumGraph.PUBLIC, QueryFactory.create("SELECT ?name WHERE { <" + ORG + slug + "> <https://schema.org/name> ?name }"),
                Map.of()).stream().map(row -> row.getLiteral("name").getString() + "@" + row.getLiteral("name").getLanguage()).toList();
    }

    private static boolean sample(Tdb2GraphStore store, String slug) {
        return !store.select(MuseumGraph.PUBLIC, QueryFactory.create("SELECT * WHERE { <" + ORG + slug
                + "> <http://purl.org/dc/terms/type> <https://w3id.org/laocai-herbs/ns#SampleData> }"), Map.of()).isEmpty();
    }
}
