package vn.laocai.museum.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;

/** Dumps, VoID and the Darwin Core Archive over HTTP, on the shipped corpus. */
class ExportsHttpTest extends AppTestBase {

    /** A name the RESTRICTED graph gives Tam thất; the public graph never hears of it. */
    private static final String RESTRICTED_NAME = "Tên hạn chế thử nghiệm";
    private static final String TURTLE_DUMP = "/dumps/museum-public.ttl.gz";
    private static final String NQUADS_DUMP = "/dumps/museum-public.nq.gz";

    @Autowired
    GraphStore store;

    @Autowired
    SpeciesCatalog catalog;

    @BeforeEach
    void restrictedName() {
        Model model = ModelFactory.createDefaultModel();
        String species = MuseumVocab.speciesIri("panax-notoginseng");
        Resource name = model.createResource(species + "#name-restricted")
                .addProperty(RDF.type, MuseumVocab.LABEL)
                .addProperty(MuseumVocab.LITERAL_FORM, RESTRICTED_NAME, "hnj")
                .addProperty(MuseumVocab.NAME_STATUS, "vernacular");
        model.createResource(species).addProperty(MuseumVocab.ALT_LABEL, name);
        store.write(writer -> writer.add(MuseumGraph.RESTRICTED, model));
    }

    @Test
    void turtle_dump_holds_exactly_the_public_graph() throws Exception {
        HttpResponse<byte[]> response = bytes(TURTLE_DUMP);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/gzip");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"museum-public.ttl.gz\"");
        assertThat(response.headers().firstValue("ETag").orElseThrow()).matches("\"[0-9a-f]{32}\"");
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, gunzip(response.body()), Lang.TURTLE);
        assertThat(model.size()).isEqualTo(store.size(MuseumGraph.PUBLIC));
        assertThat(new String(gunzip(response.body()).readAllBytes(), StandardCharsets.UTF_8)).doesNotContain(RESTRICTED_NAME);
    }

    @Test
    void n_quads_dump_puts_every_triple_in_the_public_graph() throws Exception {
        HttpResponse<byte[]> response = bytes(NQUADS_DUMP);
        assertThat(response.statusCode()).isEqualTo(200);
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset, gunzip(response.body()), Lang.NQUADS);
        assertThat(dataset.getDefaultModel().size()).isZero();
        assertThat(dataset.getNamedModel(MuseumGraph.PUBLIC.iri()).size()).isEqualTo(store.size(MuseumGraph.PUBLIC));
        assertThat(new String(gunzip(response.body()).readAllBytes(), StandardCharsets.UTF_8)).doesNotContain(RESTRICTED_NAME);
    }

    @Test
    void an_unchanged_dump_answers_304_to_its_etag() throws Exception {
        String etag = bytes(TURTLE_DUMP).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = bytes(TURTLE_DUMP, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(bytes("/dumps/museum-restricted.ttl.gz").statusCode()).isEqualTo(404);
    }

    @Test
    void void_names_the_endpoint_the_dumps_and_the_counts() throws Exception {
        HttpResponse<String> response = get("/.well-known/void");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertVoid(model);
    }

    @Test
    void void_comes_as_json_ld_by_accept() throws Exception {
        HttpResponse<String> response = get("/.well-known/void", "Accept", "text/turtle;q=0.5, application/ld+json");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), Lang.JSONLD);
        assertVoid(model);
    }

    @Test
    void darwin_core_archive_matches_its_meta_xml_and_the_public_species() throws Exception {
        HttpResponse<byte[]> response = bytes("/exports/dwca.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, String> archive = unzip(response.body());
        assertThat(archive.keySet()).containsExactlyInAnyOrder("meta.xml", "eml.xml", "taxon.txt",
                "vernacularname.txt", "distribution.txt", "description.txt", "multimedia.txt");
        assertHeadersMatchMeta(archive);
        List<String[]> taxa = rows(archive, "taxon.txt");
        assertThat(taxa.stream().filter(row -> row[5].equals("accepted"))).hasSize(catalog.list("vi").size());
        assertThat(taxa.stream().filter(row -> row[5].equals("synonym")))
                .isNotEmpty().allSatisfy(row -> assertThat(row[6]).startsWith(MuseumVocab.ID + "species/"));
        List<String[]> names = rows(archive, "vernacularname.txt");
        assertThat(names.getFirst()).containsExactly("taxonID", "vernacularName", "language", "source", "isPreferredName");
        assertThat(names.subList(1, names.size())).isNotEmpty().allSatisfy(row -> assertThat(row[2]).matches("[a-z]{2,3}"));
        assertThat(names).noneMatch(row -> row[1].equals(RESTRICTED_NAME));
        assertThat(names).anyMatch(row -> row[1].equals("三七") && row[2].equals("zh")
                && Set.of(row[3].split(" \\| ")).equals(Set.of(
                        "https://baokhangduong.com.vn/duoc-lieu-tam-that?varId=1334231",
                        "https://ethmed.toyama-wakan.net/SearchEn/View/83")));
        archive.forEach((file, text) -> assertThat(text).as(file).doesNotContain(RESTRICTED_NAME));
        assertThat(rows(archive, "multimedia.txt").subList(1, rows(archive, "multimedia.txt").size()))
                .allSatisfy(row -> assertThat(row[1]).startsWith("http://127.0.0.1:" + port + "/media/sha256/"));
    }

    private void assertVoid(Model model) {
        Resource dataset = model.createResource("https://w3id.org/laocai-herbs/dataset/public");
        String voidNs = "http://rdfs.org/ns/void#";
        assertThat(dataset.getProperty(model.createProperty(voidNs, "sparqlEndpoint")).getResource().getURI())
                .isEqualTo("http://127.0.0.1:" + port + "/sparql");
        assertThat(model.listObjectsOfProperty(dataset, model.createProperty(voidNs, "dataDump")).toList())
                .extracting(dump -> dump.asResource().getURI())
                .containsExactlyInAnyOrder(url(TURTLE_DUMP).toString(), url(NQUADS_DUMP).toString());
        assertThat(dataset.getProperty(model.createProperty(voidNs, "triples")).getLong()).isEqualTo(store.size(MuseumGraph.PUBLIC));
        assertThat(dataset.getProperty(model.createProperty(voidNs, "entities")).getLong()).isEqualTo(catalog.list("vi").size());
    }

    private static void assertHeadersMatchMeta(Map<String, String> archive) throws Exception {
        var meta = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(archive.get("meta.xml").getBytes(StandardCharsets.UTF_8)));
        NodeList children = meta.getDocumentElement().getChildNodes();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element file) {
                String location = file.getElementsByTagName("location").item(0).getTextContent();
                String[] header = rows(archive, location).getFirst();
                NodeList fields = file.getElementsByTagName("field");
                List<String> expected = new ArrayList<>();
                if (!file.getTagName().equals("core")) {
                    expected.add("taxonID");
                }
                for (int f = 0; f < fields.getLength(); f++) {
                    String term = ((Element) fields.item(f)).getAttribute("term");
                    assertThat(((Element) fields.item(f)).getAttribute("index")).isEqualTo(Integer.toString(expected.size()));
                    expected.add(term.substring(term.lastIndexOf('/') + 1));
                }
                assertThat(Arrays.asList(header)).as(location).isEqualTo(expected);
                checked.add(location);
            }
        }
        assertThat(checked).containsExactly("taxon.txt", "vernacularname.txt", "distribution.txt", "description.txt",
                "multimedia.txt");
    }

    private static List<String[]> rows(Map<String, String> archive, String file) {
        return archive.get(file).lines().map(line -> line.split("\t", -1)).toList();
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static InputStream gunzip(byte[] body) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(body));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
