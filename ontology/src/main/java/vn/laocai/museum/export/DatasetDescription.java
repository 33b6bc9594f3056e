package vn.laocai.museum.export;

import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The VoID and DCAT description of the public dataset: what it is, its licence, its size, where
 * to query it and where to download it. Served at {@code /.well-known/void}.
 *
 * <pre>{@code
 * Model void = new DatasetDescription(store).describe("https://herbs.example.org", dumps.current());
 * }</pre>
 */
public final class DatasetDescription {

    /** IRI of the dataset: the public knowledge graph of the museum. */
    public static final String DATASET = MuseumVocab.BASE + "dataset/public";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    /** The vocabularies the public graph uses, ours last. */
    private static final List<String> VOCABULARIES = List.of(MuseumVocab.DWC, MuseumVocab.SCHEMA,
            MuseumVocab.SKOSXL, MuseumVocab.DCT, MuseumVocab.HERB);

    private final ExportQueries queries;

    public DatasetDescription(GraphStore store) {
        this.queries = new ExportQueries(store);
    }

    /**
     * The description, with links made absolute against {@code baseUrl} (the site's root, no
     * trailing slash).
     */
    public Model describe(String baseUrl, PublicDumps dumps) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(dumps, "dumps");
        Model model = ModelFactory.createDefaultModel();
        prefixes(model);
        Resource dataset = model.createResource(DATASET)
                .addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, model.createResource(DCAT + "Dataset"))
                .addProperty(dct(model, "title"), "Bảo tàng Dược liệu số Lào Cai — dữ liệu mở", "vi")
                .addProperty(dct(model, "title"), "Lào Cai Digital Medicinal-Herb Museum — open data", "en")
                .addProperty(dct(model, "description"), "Cây thuốc của tỉnh Lào Cai: tên gọi theo mọi ngôn ngữ,"
                        + " phân bố, công dụng và lưu ý an toàn, nguồn tham khảo và hình ảnh.", "vi")
                .addProperty(dct(model, "description"), "The medicinal plants of Lào Cai province, Vietnam: their"
                        + " names in every language, distribution, uses and safety notes, sources and pictures.", "en")
                .addProperty(dct(model, "license"), model.createResource(LICENSE))
                .addProperty(dct(model, "publisher"), model.createResource(MuseumVocab.BASE)
                        .addProperty(model.createProperty(MuseumVocab.SCHEMA, "name"), "Lào Cai Digital Medicinal-Herb Museum"))
                .addProperty(dct(model, "modified"), model.createTypedLiteral(
                        dumps.generated().atZone(ZoneOffset.UTC).toLocalDate().toString(), XSDDatatype.XSDdate))
                // The dumps' count, so the description and the files it links to always agree.
                .addLiteral(voidTerm(model, "triples"), model.createTypedLiteral(BigInteger.valueOf(dumps.triples())))
                .addLiteral(voidTerm(model, "entities"), model.createTypedLiteral(BigInteger.valueOf(speciesCount())))
                .addProperty(voidTerm(model, "sparqlEndpoint"), model.createResource(baseUrl + "/sparql"))
                .addProperty(voidTerm(model, "uriSpace"), MuseumVocab.ID);
        VOCABULARIES.forEach(vocabulary -> dataset.addProperty(voidTerm(model, "vocabulary"), model.createResource(vocabulary)));
        for (DumpFile file : dumps.files()) {
            distribution(model, dataset, baseUrl + "/dumps/" + file.name(), file);
        }
        return model;
    }

    private static void distribution(Model model, Resource dataset, String url, DumpFile file) {
        Resource download = model.createResource(url);
        dataset.addProperty(voidTerm(model, "dataDump"), download);
        Resource distribution = model.createResource(url + "#distribution")
                .addProperty(RDF.type, model.createResource(DCAT + "Distribution"))
                .addProperty(dcat(model, "downloadURL"), download)
                .addProperty(dcat(model, "mediaType"), model.createResource(IANA + file.mediaType()))
                .addProperty(dcat(model, "compressFormat"), model.createResource(IANA + "application/gzip"))
                .addProperty(dct(model, "format"), file.mediaType())
                .addProperty(dct(model, "license"), model.createResource(LICENSE))
                .addLiteral(dcat(model, "byteSize"), model.createTypedLiteral(Long.toString(file.byteSize()), XSDDatatype.XSDnonNegativeInteger));
        dataset.addProperty(dcat(model, "distribution"), distribution);
    }

    private long speciesCount() {
        return queries.select("species-count").getFirst().getLiteral("count").getLong();
    }

    private static void prefixes(Model model) {
        model.setNsPrefix("void", VOID);
        model.setNsPrefix("dcat", DCAT);
        model.setNsPrefix("dct", MuseumVocab.DCT);
        model.setNsPrefix("schema", MuseumVocab.SCHEMA);
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }

    private static Property voidTerm(Model model, String local) {
        return model.createProperty(VOID, local);
    }

    private static Property dcat(Model model, String local) {
        return model.createProperty(DCAT, local);
    }

    private static Property dct(Model model, String local) {
        return model.createProperty(MuseumVocab.DCT, local);
    }
}
