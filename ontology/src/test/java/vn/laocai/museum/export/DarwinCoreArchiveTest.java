package vn.laocai.museum.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.laocai.museum.ontology.Tdb2GraphStore;

class DarwinCoreArchiveTest {

    private static final String SP = "https://w3id.org/laocai-herbs/id/species/";

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private Map<String, String> archive;

    @BeforeEach
    void open() {
        store = ExportFixtures.store(directory);
        archive = ExportFixtures.archive(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void holds_meta_eml_and_the_five_data_files() {
        assertThat(archive.keySet()).containsExactly("meta.xml", "eml.xml", "taxon.txt", "vernacularname.txt",
                "distribution.txt", "description.txt", "multimedia.txt");
    }

    @Test
    void every_header_matches_the_field_order_of_meta_xml() throws Exception {
        Document meta = parse(archive.get("meta.xml"));
        NodeList files = meta.getDocumentElement().getChildNodes();
        int checked = 0;
        for (int i = 0; i < files.getLength(); i++) {
            if (files.item(i) instanceof Element file) {
                String location = file.getElementsByTagName("location").item(0).getTextContent();
                String[] header = rows(location).getFirst();
                NodeList fields = file.getElementsByTagName("field");
                for (int f = 0; f < fields.getLength(); f++) {
                    Element field = (Element) fields.item(f);
                    String term = field.getAttribute("term");
                    assertThat(header[Integer.parseInt(field.getAttribute("index"))])
                            .isEqualTo(term.substring(term.lastIndexOf('/') + 1));
                }
                int idColumns = file.getTagName().equals("core") ? 0 : 1;
                assertThat(header).hasSize(fields.getLength() + idColumns);
                assertThat(header[0]).isEqualTo("taxonID");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(5);
        assertThat(archive.get("meta.xml")).contains("rowType=\"http://rs.tdwg.org/dwc/terms/Taxon\"",
                "rowType=\"http://rs.gbif.org/terms/1.0/VernacularName\"", "rowType=\"http://rs.gbif.org/terms/1.0/Distribution\"",
                "rowType=\"http://rs.gbif.org/terms/1.0/Description\"", "rowType=\"http://rs.gbif.org/terms/1.0/Multimedia\"",
                "fieldsTerminatedBy=\"\\t\"", "metadata=\"eml.xml\"");
    }

    @Test
    void one_accepted_taxon_per_public_species_then_its_synonyms() {
        assertThat(rows("taxon.txt")).map(Arrays::asList).containsExactly(
                List.of("taxonID", "scientificName", "scientificNameAuthorship", "family", "taxonRank", "taxonomicStatus",
                        "acceptedNameUsageID", "references", "taxonRemarks"),
                List.of(SP + "abelmoschus-sagittifolius", "Abelmoschus sagittifolius", "", "Malvaceae", "", "accepted", "",
                        "https://herbs.example.org/species/abelmoschus-sagittifolius", ""),
                List.of(SP + "angelica-sinensis", "Angelica sinensis", "", "Apiaceae", "", "accepted", "",
                        "https://herbs.example.org/species/angelica-sinensis", ""),
                List.of(SP + "coptis-chinensis", "Coptis chinensis", "", "Ranunculaceae", "", "accepted", "",
                        "https://herbs.example.org/species/coptis-chinensis", ""),
                List.of(SP + "panax-notoginseng", "Panax notoginseng", "(Burkill) F.H.Chen", "Araliaceae", "", "accepted", "",
                        "https://herbs.example.org/species/panax-notoginseng", ""),
                List.of(SP + "panax-notoginseng#name-3", "Panax pseudo-ginseng", "", "Araliaceae", "", "synonym",
                        SP + "panax-notoginseng", "", ""));
    }

    @Test
    void vernacular_names_carry_an_iso_639_language_and_their_cited_sources_but_no_scientific_names() {
        assertThat(rows("vernacularname.txt")).map(Arrays::asList).containsExactly(
                List.of("taxonID", "vernacularName", "language", "source", "isPreferredName"),
                List.of(SP + "angelica-sinensis", "Đương quy", "vi", "", "true"),
                List.of(SP + "coptis-chinensis", "Hoàng liên", "vi", "", "true"),
                List.of(SP + "panax-notoginseng", "Tam thất", "vi", "https://example.org/panax | https://example.org/tam-that", "true"),
                List.of(SP + "panax-notoginseng", "三七", "zh", "", "false"));
    }

    @Test
    void distribution_names_communes_and_district_and_marks_unverified_records_doubtful() {
        assertThat(rows("distribution.txt")).map(Arrays::asList).containsExactly(
                List.of("taxonID", "locality", "countryCode", "occurrenceStatus", "source", "occurrenceRemarks"),
                List.of(SP + "panax-notoginseng", "Mản Thẩn, Nàn Sán, Sán Chải (Si Ma Cai), Lào Cai", "VN", "present",
                        "https://example.org/tam-that", "7,5 ha\\tnăm 2015"),
                List.of(SP + "panax-notoginseng", "Sa Pa, Lào Cai", "VN", "doubtful", "", ""));
    }

    @Test
    void descriptions_are_typed_per_language_in_plain_text_with_line_breaks_escaped() {
        assertThat(rows("description.txt")).map(Arrays::asList).containsExactlyInAnyOrder(
                List.of("taxonID", "description", "type", "language", "source"),
                List.of(SP + "angelica-sinensis", "Rễ bổ huyết.", "general", "vi", ""),
                List.of(SP + "panax-notoginseng", "Rễ củ cầm máu, tan máu ứ.", "general", "vi", ""),
                List.of(SP + "panax-notoginseng", "Its root stops bleeding.", "general", "en", ""),
                List.of(SP + "panax-notoginseng", "Tam thất được trồng ở Si Ma Cai.", "general", "vi", ""),
                List.of(SP + "panax-notoginseng", "Cầm máu, tan máu ứ.", "uses", "vi", ""),
                List.of(SP + "panax-notoginseng", "Thận trọng khi có thai.", "safety", "vi", ""),
                List.of(SP + "panax-notoginseng", "Needs shade.\\nHarvest after six years.", "cultivation", "en",
                        "https://example.org/panax"));
        assertThat(archive.get("description.txt").lines()).hasSize(8);
    }

    @Test
    void multimedia_gives_the_absolute_media_url_and_marks_the_placeholder() {
        assertThat(rows("multimedia.txt")).map(Arrays::asList).containsExactly(
                List.of("taxonID", "identifier", "type", "format", "title", "description", "license"),
                List.of(SP + "panax-notoginseng", "https://herbs.example.org/media/sha256/ab/abc123.png", "StillImage",
                        "image/png", "Generated placeholder picture — Panax notoginseng",
                        "Generated placeholder picture, not a photograph of the plant.",
                        "https://creativecommons.org/licenses/by/4.0/"));
    }

    @Test
    void eml_names_title_publisher_licence_and_date() throws Exception {
        Document eml = parse(archive.get("eml.xml"));
        assertThat(text(eml, "title")).isEqualTo(EmlXml.TITLE);
        assertThat(text(eml, "pubDate")).isEqualTo("2026-03-01");
        assertThat(eml.getElementsByTagName("organizationName").item(0).getTextContent())
                .isEqualTo("Lào Cai Digital Medicinal-Herb Museum");
        assertThat(eml.getElementsByTagName("contact").getLength()).isEqualTo(1);
        assertThat(eml.getElementsByTagName("creator").getLength()).isEqualTo(1);
        assertThat(text(eml, "abstract")).startsWith("Checklist of the medicinal plants");
        assertThat(((Element) eml.getElementsByTagName("ulink").item(0)).getAttribute("url"))
                .isEqualTo("http://creativecommons.org/licenses/by/4.0/legalcode");
    }

    private List<String[]> rows(String file) {
        return archive.get(file).lines().map(line -> line.split("\t", -1)).toList();
    }

    private static String text(Document document, String tag) {
        return document.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
