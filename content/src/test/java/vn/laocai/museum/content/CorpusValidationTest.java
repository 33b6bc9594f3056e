package vn.laocai.museum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.ShapeViolation;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.ontology.Vocabulary;

/**
 * The shipped corpus, loaded the way the app loads it, conforms to the museum's SHACL shapes; and
 * the shapes and the vocabulary keep up with what the mappers can write. Whatever files are in the
 * corpus are checked, so new documents are covered without touching this test.
 */
class CorpusValidationTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String HS = "https://w3id.org/laocai-herbs/shapes#";

    /**
     * Violations of the shipped corpus that wait for a content decision, as "focus node | shape".
     * Each must still occur (a fixed one fails the test until its line goes), and nothing else may.
     * Both genus pages list their member species' names with status "accepted", and SpeciesMapper
     * makes every accepted name a skosxl:prefLabel: five and seven preferred @la names, where SKOS
     * allows one per language.
     */
    /** Violations accepted for now, each with a reason; empty: the corpus must conform fully. */
    private static final Set<String> KNOWN = Set.of();

    @TempDir
    Path directory;

    private Tdb2GraphStore store;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(directory);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void the_shipped_corpus_has_no_shacl_violations() {
        LoadReport report = new ContentLoader(store).load(ContentLoaderTest.shippedCorpus());
        Model graph = graph(MuseumGraph.PUBLIC);
        assertThat(graph.listSubjectsWithProperty(RDF.type, MuseumVocab.TAXON).toList()).hasSize(report.species().size());

        List<ShapeViolation> violations = ShaclValidator.museum().validate(graph);

        if (!violations.isEmpty()) {
            System.out.println(violations.size() + " SHACL violations in the shipped corpus:\n" + listing(violations));
        }
        List<ShapeViolation> unexpected = violations.stream().filter(v -> !KNOWN.contains(key(v))).toList();
        assertThat(unexpected).as("SHACL violations in the shipped corpus (%d documents):%n%s",
                report.documents().size(), listing(unexpected)).isEmpty();
        assertThat(violations).extracting(CorpusValidationTest::key)
                .as("known violations that no longer occur: remove them from KNOWN").containsAll(KNOWN);
    }

    @Test
    void remedies_knowledge_records_and_stories_as_loaded_conform() {
        List<ContentFile> files = new ArrayList<>();
        // The species and the reference files (places, lists, marks) it points to; the herb sector
        // names many species, so it stays out.
        ContentLoaderTest.shippedCorpus().stream()
                .filter(file -> file.path().startsWith("species/panax-notoginseng.")
                        || ReferenceData.FILE.matcher(file.path()).matches() && !file.path().startsWith("sector/"))
                .forEach(files::add);
        for (ContentFile file : Corpus.fromDirectory(ContentLoaderTest.resource("/documents"))) {
            // The sample story names a missing species on purpose, for DocumentLoaderTest.
            files.add(new ContentFile(file.path(), file.text().replace(", no-such-species", "")));
        }
        LoadReport report = new ContentLoader(store).load(files);
        assertThat(report.count("remedies") + report.count("knowledge") + report.count("stories")).isEqualTo(3);
        assertThat(report.count("places")).isPositive();
        // Restricted records point at public species: validate the two graphs together.
        Model graph = graph(MuseumGraph.PUBLIC).add(graph(MuseumGraph.RESTRICTED));
        assertThat(graph.listSubjectsWithProperty(RDF.type, MuseumVocab.INGREDIENT).toList()).isNotEmpty();
        assertThat(graph.listSubjectsWithProperty(RDF.type, MuseumVocab.KNOWLEDGE_RECORD).toList()).isNotEmpty();

        List<ShapeViolation> violations = ShaclValidator.museum().validate(graph);

        assertThat(violations).as("SHACL violations:%n%s", listing(violations)).isEmpty();
    }

    @Test
    void every_herb_term_in_the_loaded_corpus_is_defined_in_the_vocabulary() {
        new ContentLoader(store).load(ContentLoaderTest.shippedCorpus());
        Set<String> used = new TreeSet<>();
        for (Statement statement : graph(MuseumGraph.PUBLIC).listStatements().toList()) {
            used.add(statement.getPredicate().getURI());
            if (statement.getObject().isURIResource()) {
                used.add(statement.getResource().getURI());
            }
        }
        used.removeIf(iri -> !iri.startsWith(MuseumVocab.HERB));
        assertThat(used).isNotEmpty().allSatisfy(CorpusValidationTest::assertDefined);
    }

    @Test
    void every_herb_term_the_mappers_can_write_is_defined_in_the_vocabulary() {
        Set<String> notFields = Set.of("sources", "verified", "note");
        Stream.concat(
                        DocumentMapper.RECORD_KEYS.stream().filter(key -> !notFields.contains(key)),
                        Stream.of("conservation", "distribution", "geographicalIndications", "places"))
                .map(local -> MuseumVocab.HERB + local)
                .forEach(CorpusValidationTest::assertDefined);
        DocumentMapper.PARTS.forEach(code -> assertDefined(MuseumVocab.HERB + "part-" + code));
        KnowledgeMapper.ACCESS.forEach(code -> assertDefined(MuseumVocab.HERB + "access-" + code));
        KnowledgeMapper.LABELS.forEach(code -> assertDefined(MuseumVocab.HERB + code));
    }

    @Test
    void the_closed_lists_of_the_shapes_are_those_of_the_mappers() {
        // Read through a stream: inside a jar (as in a packaged build) RIOT cannot open the resource's URL.
        Model shapes = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        try (var in = CorpusValidationTest.class.getResourceAsStream("/vn/laocai/museum/ontology/shapes.ttl")) {
            RDFDataMgr.read(shapes, in, org.apache.jena.riot.Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(list(shapes, "Taxon-rank", "in")).isEqualTo(SpeciesMapper.RANKS);
        assertThat(list(shapes, "Name-status", "in")).isEqualTo(SpeciesMapper.STATUSES);
        assertThat(list(shapes, "Name-literalForm", "languageIn")).isEqualTo(SpeciesMapper.LANGUAGES);
        assertThat(list(shapes, "partUsed", "in")).isEqualTo(iris("part-", DocumentMapper.PARTS));
        assertThat(list(shapes, "KnowledgeRecord-accessLevel", "in")).isEqualTo(iris("access-", KnowledgeMapper.ACCESS));
        assertThat(list(shapes, "KnowledgeRecord-tkLabel", "in")).isEqualTo(iris("", KnowledgeMapper.LABELS));
        // The exact-language rule spells the languages out in its query, lower-cased.
        String query = shapes.getResource(HS + "Name-language-exact").getPropertyResourceValue(shapes.createProperty(SH, "sparql"))
                .getProperty(shapes.createProperty(SH, "select")).getString();
        SpeciesMapper.LANGUAGES.forEach(language -> assertThat(query).contains("\"" + language.toLowerCase() + "\""));
    }

    private Model graph(MuseumGraph graph) {
        return store.construct(graph, QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), Map.of());
    }

    private static String key(ShapeViolation violation) {
        return violation.focusNode() + " | " + violation.shape();
    }

    /** One line per violation, led by the corpus file it comes from, for people reading a failure. */
    private static String listing(List<ShapeViolation> violations) {
        return violations.stream().map(v -> file(v.focusNode()) + ": " + v).collect(Collectors.joining("\n"));
    }

    private static String file(String focusNode) {
        Map<String, String> folders = Map.of("species", "species", "remedy", "remedies", "knowledge", "knowledge",
                "story", "stories");
        for (Map.Entry<String, String> kind : folders.entrySet()) {
            String prefix = MuseumVocab.ID + kind.getKey() + "/";
            if (focusNode.startsWith(prefix)) {
                String slug = focusNode.substring(prefix.length()).replaceFirst("#.*", "");
                return kind.getValue() + "/" + slug + (focusNode.contains("-en-") ? ".en.md" : ".vi.md");
            }
        }
        return focusNode;
    }

    private static void assertDefined(String iri) {
        Resource term = Vocabulary.model().getResource(iri);
        for (String language : List.of("vi", "en")) {
            assertThat(term.getProperty(RDFS.label, language)).as("%s rdfs:label @%s in herb.ttl", iri, language).isNotNull();
            assertThat(term.getProperty(RDFS.comment, language)).as("%s rdfs:comment @%s in herb.ttl", iri, language).isNotNull();
        }
    }

    private static Set<String> iris(String prefix, Set<String> codes) {
        return codes.stream().map(code -> MuseumVocab.HERB + prefix + code).collect(Collectors.toSet());
    }

    private static Set<String> list(Model shapes, String shape, String parameter) {
        RDFNode list = shapes.getResource(HS + shape).getProperty(shapes.createProperty(SH, parameter)).getObject();
        return list.as(RDFList.class).asJavaList().stream()
                .map(node -> node.isLiteral() ? node.asLiteral().getString() : node.asResource().getURI())
                .collect(Collectors.toSet());
    }

    @Test
    void species_and_remedies_carry_the_use_categories_their_uses_state() {
        new ContentLoader(store).load(ContentLoaderTest.shippedCorpus());
        Model graph = graph(MuseumGraph.PUBLIC);
        assertThat(categories(graph, MuseumVocab.speciesIri("panax-notoginseng"))).containsExactly("blood", "womens-health");
        assertThat(categories(graph, MuseumVocab.resourceIri("remedy", "ba-kich-ngam-ruou")))
                .containsExactly("joint-pain", "mens-health", "tonic");
        // Its only medicinal use is unverified: no category.
        assertThat(categories(graph, MuseumVocab.speciesIri("angelica-pubescens"))).isEmpty();
        assertThat(DocumentMapper.USE_CATEGORIES).hasSize(13).contains("digestive", "respiratory", "tonic", "liver");
    }

    private static List<String> categories(Model graph, String iri) {
        return graph.getResource(iri).listProperties(MuseumVocab.USE_CATEGORY).toList().stream()
                .map(statement -> statement.getResource().getURI().substring((MuseumVocab.HERB + "use-").length()))
                .sorted().toList();
    }
}
