package vn.laocai.museum.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.laocai.museum.app.AppTestBase;

/**
 * The Darwin Core Archive at {@code /exports/dwca.zip}, on the shipped corpus, checked the way a
 * GBIF validator would: {@code meta.xml} against the TDWG text schema, every column term against
 * the GBIF core and extension definitions the archive declares, every data file's columns against
 * {@code meta.xml}, every extension row tied to a core row, and {@code eml.xml} holding what the
 * GBIF metadata profile requires. The schema and term lists are test resources under
 * {@code dwca/}, each naming where it comes from.
 */
class DwcArchiveValidationTest extends AppTestBase {

    private static final String TEXT_NS = "http://rs.tdwg.org/dwc/text/";
    private static final String EML_NS = "eml://ecoinformatics.org/eml-2.1.1";
    /** The term list of each row type the archive may declare. */
    private static final Map<String, String> DEFINITIONS = Map.of(
            "http://rs.tdwg.org/dwc/terms/Taxon", "dwca/gbif-taxon.txt",
            "http://rs.gbif.org/terms/1.0/VernacularName", "dwca/gbif-vernacularname.txt",
            "http://rs.gbif.org/terms/1.0/Distribution", "dwca/gbif-distribution.txt",
            "http://rs.gbif.org/terms/1.0/Description", "dwca/gbif-description.txt",
            "http://rs.gbif.org/terms/1.0/Multimedia", "dwca/gbif-multimedia.txt");

    private Map<String, byte[]> archive;

    @BeforeEach
    void download() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url("/exports/dwca.zip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        archive = unzip(response.body());
    }

    @Test
    void meta_xml_is_valid_against_the_tdwg_text_schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Offline and self-contained: the schema may fetch nothing.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        URL xsd = resource("dwca/tdwg_dwc_text.xsd");
        var validator = factory.newSchema(xsd).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(archive.get("meta.xml"))));
        assertThat(meta().getDocumentElement().getNamespaceURI()).isEqualTo(TEXT_NS);
        assertThat(meta().getDocumentElement().getAttribute("metadata")).isEqualTo("eml.xml");
    }

    @Test
    void every_field_term_is_defined_by_the_gbif_definition_of_its_row_type() throws Exception {
        List<Element> files = files();
        assertThat(files).extracting(file -> file.getLocalName()).first().isEqualTo("core");
        for (Element file : files) {
            String rowType = file.getAttribute("rowType");
            assertThat(DEFINITIONS).as("a GBIF definition for row type " + rowType).containsKey(rowType);
            Set<String> defined = terms(DEFINITIONS.get(rowType));
            List<String> used = fields(file).stream().map(field -> field.getAttribute("term")).toList();
            assertThat(used).as(location(file)).isNotEmpty().doesNotHaveDuplicates();
            assertThat(defined).as("terms of " + rowType + " used by " + location(file)).containsAll(used);
        }
    }

    @Test
    void every_data_file_has_the_columns_meta_xml_declares_on_every_line() throws Exception {
        for (Element file : files()) {
            assertThat(file.getAttribute("fieldsTerminatedBy")).isEqualTo("\\t");
            assertThat(file.getAttribute("linesTerminatedBy")).isEqualTo("\\n");
            assertThat(file.getAttribute("encoding")).isEqualTo("UTF-8");
            int columns = columns(file);
            List<String[]> lines = lines(location(file));
            assertThat(lines).as(location(file)).hasSizeGreaterThan(Integer.parseInt(file.getAttribute("ignoreHeaderLines")));
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i)).as(location(file) + " line " + (i + 1)).hasSize(columns);
            }
        }
    }

    @Test
    void every_extension_row_belongs_to_a_core_row_and_core_ids_are_unique() throws Exception {
        List<Element> files = files();
        Element core = files.getFirst();
        int idColumn = index(child(core, "id"));
        List<String> ids = rows(core).stream().map(row -> row[idColumn]).toList();
        assertThat(ids).isNotEmpty().doesNotContain("").doesNotHaveDuplicates();
        Set<String> known = new HashSet<>(ids);
        for (Element extension : files.subList(1, files.size())) {
            int coreid = index(child(extension, "coreid"));
            List<String[]> rows = rows(extension);
            assertThat(rows).as(location(extension)).isNotEmpty();
            assertThat(rows).as(location(extension))
                    .allSatisfy(row -> assertThat(known).as("core id of a row").contains(row[coreid]));
        }
    }

    @Test
    void eml_xml_has_what_the_gbif_metadata_profile_requires() throws Exception {
        Document eml = parse(archive.get("eml.xml"));
        Element root = eml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(EML_NS);
        assertThat(root.getLocalName()).isEqualTo("eml");
        assertThat(root.getAttribute("packageId")).isNotBlank();
        assertThat(root.getAttribute("system")).isNotBlank();
        Element dataset = child(root, "dataset");
        assertThat(text(child(dataset, "title"))).isNotBlank();
        for (String party : List.of("creator", "contact")) {
            Element agent = child(dataset, party);
            // The profile asks each party for a person's surname, an organisation or a position.
            assertThat(List.of("individualName", "organizationName", "positionName"))
                    .as(party).anyMatch(name -> childOrNull(agent, name) != null && !text(childOrNull(agent, name)).isBlank());
        }
        assertThat(text(child(dataset, "language"))).matches("[a-z]{2,3}");
        assertThat(text(child(child(dataset, "abstract"), "para"))).hasSizeGreaterThan(50);
        Element rights = child(child(dataset, "intellectualRights"), "para");
        Element licence = child(rights, "ulink");
        // One of the three licences GBIF accepts, machine-readable as the IPT writes it.
        assertThat(licence.getAttribute("url")).isEqualTo("http://creativecommons.org/licenses/by/4.0/legalcode");
        assertThat(text(child(licence, "citetitle"))).contains("CC-BY").contains("4.0");
        assertThat(text(child(dataset, "pubDate"))).matches("\\d{4}-\\d{2}-\\d{2}");
        Element gbif = child(child(child(root, "additionalMetadata"), "metadata"), "gbif");
        assertThat(text(child(gbif, "hierarchyLevel"))).isEqualTo("dataset");
        // The profile's order of the dataset's children, as far as the archive uses them.
        List<String> order = List.of("alternateIdentifier", "title", "creator", "metadataProvider", "associatedParty",
                "pubDate", "language", "abstract", "keywordSet", "additionalInfo", "intellectualRights", "distribution",
                "coverage", "purpose", "maintenance", "contact", "methods", "project");
        List<Integer> positions = new ArrayList<>();
        for (Node node = dataset.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                assertThat(order).as("a child of dataset the profile knows").contains(element.getLocalName());
                positions.add(order.indexOf(element.getLocalName()));
            }
        }
        assertThat(positions).isSorted();
    }

    private Document meta() throws Exception {
        return parse(archive.get("meta.xml"));
    }

    private List<Element> files() throws Exception {
        List<Element> files = new ArrayList<>();
        for (Node node = meta().getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                files.add(element);
            }
        }
        return files;
    }

    /** Columns of a file: the highest index of its id or fields, plus one. */
    private static int columns(Element file) {
        int highest = index(child(file, file.getLocalName().equals("core") ? "id" : "coreid"));
        for (Element field : fields(file)) {
            highest = Math.max(highest, index(field));
        }
        return highest + 1;
    }

    private static List<Element> fields(Element file) {
        List<Element> fields = new ArrayList<>();
        NodeList list = file.getElementsByTagNameNS(TEXT_NS, "field");
        for (int i = 0; i < list.getLength(); i++) {
            fields.add((Element) list.item(i));
        }
        return fields;
    }

    private static int index(Element element) {
        return Integer.parseInt(element.getAttribute("index"));
    }

    private static String location(Element file) {
        return text(child(child(file, "files"), "location"));
    }

    private List<String[]> lines(String file) {
        String text = new String(archive.get(file), StandardCharsets.UTF_8);
        assertThat(text).as(file).endsWith("\n").doesNotContain("\r");
        return text.lines().map(line -> line.split("\t", -1)).toList();
    }

    /** The data rows of a file, without its header lines. */
    private List<String[]> rows(Element file) {
        List<String[]> lines = lines(location(file));
        return lines.subList(Integer.parseInt(file.getAttribute("ignoreHeaderLines")), lines.size());
    }

    private static Element child(Element parent, String name) {
        Element found = childOrNull(parent, name);
        assertThat(found).as("<" + name + "> in <" + parent.getLocalName() + ">").isNotNull();
        return found;
    }

    private static Element childOrNull(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The term IRIs of a definition: its lines but comments and blank ones. */
    private static Set<String> terms(String resource) {
        try (InputStream in = resource(resource).openStream()) {
            Set<String> terms = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(terms::add);
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL resource(String name) {
        URL url = DwcArchiveValidationTest.class.getClassLoader().getResource(name);
        assertThat(url).as(name).isNotNull();
        return url;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
