package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShaclValidatorTest {

    private static final String TAM_THAT = MuseumVocab.speciesIri("panax-notoginseng");
    private static final String QUE = MuseumVocab.speciesIri("cinnamomum-cassia");
    private static final String IMAGE = MuseumVocab.mediaIri("0ab3597d3170b6ba4f1679c687fb325de8579efc31269ff972227fd0c6ca0e0c");
    private static final String REMEDY = MuseumVocab.resourceIri("remedy", "tam-that-powder");
    private static final String KNOWLEDGE = MuseumVocab.resourceIri("knowledge", "dao-bath-herbs");
    private static final String STORY = MuseumVocab.resourceIri("story", "notoginseng-on-si-ma-cai");
    private static final String SHAPES = "/vn/laocai/museum/ontology/shapes.ttl";

    /** What identifies a violation in these tests: who, where, which rule, which kind of rule. */
    record Expected(String focusNode, String path, String shape, String component) {

        static Expected of(ShapeViolation violation) {
            return new Expected(violation.focusNode(), violation.path(), violation.shape(), violation.constraintComponent());
        }
    }

    static Model valid() {
        return RDFDataMgr.loadModel(ShaclValidatorTest.class.getResource("/shacl/valid.ttl").toString());
    }

    /** The valid fixture with {@code shacl/broken/<name>.ru} applied. */
    static Model broken(String name) {
        Model model = valid();
        UpdateAction.parseExecute(text("/shacl/broken/" + name + ".ru"), model);
        return model;
    }

    @Test
    void the_valid_fixture_conforms() {
        assertThat(ShaclValidator.museum().validate(valid())).isEmpty();
    }

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                broken("taxon-slug-with-capitals", TAM_THAT, "herb:slug", "hs:Document-slug", "Pattern"),
                broken("taxon-iri-not-its-slug", TAM_THAT, "herb:slug", "hs:Document-iri", "SPARQL"),
                broken("taxon-without-scientific-name", TAM_THAT, "dwc:scientificName", "hs:Taxon-scientificName", "MinCount"),
                broken("taxon-with-two-families", TAM_THAT, "dwc:family", "hs:Taxon-family", "MaxCount"),
                broken("taxon-not-a-schema-taxon", TAM_THAT, "rdf:type", "hs:Taxon-type", "HasValue"),
                broken("taxon-unknown-rank", TAM_THAT, "dwc:taxonRank", "hs:Taxon-rank", "In"),
                broken("taxon-without-english-title", TAM_THAT, "schema:name", "hs:Document-name-en", "QualifiedMinCount"),
                broken("taxon-with-two-vietnamese-titles", TAM_THAT, "schema:name", "hs:Document-name-languages", "UniqueLang"),
                broken("taxon-title-in-french", TAM_THAT, "schema:name", "hs:Document-name-languages", "LanguageIn"),
                broken("taxon-without-vietnamese-summary", TAM_THAT, "schema:description", "hs:Document-description-vi", "QualifiedMinCount"),
                broken("taxon-without-sources", TAM_THAT, "dct:source", "hs:Document-source", "MinCount"),
                broken("taxon-strategic-rank-out-of-range", TAM_THAT, "herb:strategicRank", "hs:Taxon-strategicRank", "MaxInclusive"),
                Arguments.of("two-taxa-share-a-strategic-rank", List.of(
                        expected(QUE, "herb:strategicRank", "hs:Taxon-strategicRank-unique", "SPARQL"),
                        expected(TAM_THAT, "herb:strategicRank", "hs:Taxon-strategicRank-unique", "SPARQL"))),
                broken("taxon-unknown-part", TAM_THAT, "herb:partUsed", "hs:partUsed", "In"),
                broken("taxon-unknown-use-category", TAM_THAT, "herb:useCategory", "hs:useCategory", "In"),
                broken("two-preferred-names-in-one-language", TAM_THAT, "skosxl:prefLabel", "hs:Taxon-one-preferred-name-per-language", "SPARQL"),
                broken("name-link-not-a-label", TAM_THAT, "skosxl:altLabel", "hs:Taxon-altLabel", "Class"),
                broken("name-in-unknown-language", TAM_THAT + "#name-2", "skosxl:literalForm", "hs:Name-literalForm", "LanguageIn"),
                broken("name-language-not-exact", TAM_THAT + "#name-2", "skosxl:literalForm", "hs:Name-language-exact", "SPARQL"),
                broken("name-with-unknown-status", TAM_THAT + "#name-2", "herb:nameStatus", "hs:Name-status", "In"),
                broken("name-without-status", TAM_THAT + "#name-5", "herb:nameStatus", "hs:Name-status", "MinCount"),
                broken("orphan-name", TAM_THAT + "#name-9", "^skosxl:prefLabel|^skosxl:altLabel", "hs:Name-taxon", "MinCount"),
                broken("note-in-french", TAM_THAT + "#use-en-1", "herb:text", "hs:Note-text", "LanguageIn"),
                broken("note-without-text", TAM_THAT + "#cultivation-vi-1", "herb:text", "hs:Note-text", "MinCount"),
                broken("verified-not-boolean", TAM_THAT + "#safety-vi-1", "herb:verified", "hs:verified", "Datatype"),
                broken("cited-source-not-listed", TAM_THAT + "#name-1", "dct:source", "hs:source", "Class"),
                broken("source-url-as-string", TAM_THAT + "#source-s2", "schema:url", "hs:Source-url", "NodeKind"),
                broken("source-url-ftp", TAM_THAT + "#source-s2", "schema:url", "hs:Source-url", "Pattern"),
                broken("source-without-title", TAM_THAT + "#source-s2", "dct:title", "hs:Source-title", "MinCount"),
                broken("image-key-malformed", IMAGE, "herb:objectKey", "hs:Image-objectKey", "Pattern"),
                broken("image-key-of-another-hash", IMAGE, "herb:objectKey", "hs:Image-key-matches-hash", "SPARQL"),
                broken("image-iri-not-its-hash", MuseumVocab.mediaIri("tam-that"), "schema:sha256", "hs:Image-iri-matches-hash", "SPARQL"),
                broken("image-size-not-integer", IMAGE, "schema:contentSize", "hs:Image-contentSize", "Or"),
                broken("image-unsupported-format", IMAGE, "schema:encodingFormat", "hs:Image-encodingFormat", "In"),
                broken("conservation-unknown-list", TAM_THAT + "#conservation-1", "herb:list", "hs:Conservation-list", "In"),
                broken("distribution-two-districts", TAM_THAT + "#distribution-1", "herb:formerDistrict", "hs:Distribution-formerDistrict", "MaxCount"),
                broken("gi-date-not-iso", QUE + "#gi-1", "herb:date", "hs:GeographicalIndication-date", "Pattern"),
                broken("gi-without-number", QUE + "#gi-1", "herb:number", "hs:GeographicalIndication-number", "MinCount"),
                broken("remedy-iri-not-its-slug", REMEDY, "herb:slug", "hs:Document-iri", "SPARQL"),
                broken("remedy-without-ingredients", REMEDY, "herb:ingredient", "hs:Remedy-ingredient", "MinCount"),
                broken("ingredient-of-an-unknown-species", REMEDY + "#ingredient-1", "herb:species", "hs:Ingredient-species", "Class"),
                broken("ingredient-with-two-parts", REMEDY + "#ingredient-1", "herb:partUsed", "hs:Ingredient-part", "MaxCount"),
                broken("ingredient-part-its-species-does-not-list", REMEDY + "#ingredient-1", "herb:partUsed",
                        "hs:Ingredient-part-of-its-species", "SPARQL"),
                broken("dosage-in-french", REMEDY + "#dosage-vi-1", "herb:text", "hs:Note-text", "LanguageIn"),
                broken("knowledge-without-access-level", KNOWLEDGE, "herb:accessLevel", "hs:KnowledgeRecord-accessLevel", "MinCount"),
                broken("knowledge-unknown-tk-label", KNOWLEDGE, "herb:tkLabel", "hs:KnowledgeRecord-tkLabel", "In"),
                broken("place-two-districts", KNOWLEDGE + "#place-1", "herb:formerDistrict", "hs:Distribution-formerDistrict", "MaxCount"),
                broken("story-about-a-non-taxon", STORY, "schema:about", "hs:about", "Class"),
                broken("story-without-vietnamese-text", STORY, "herb:narrative", "hs:Story-text", "QualifiedMinCount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void each_broken_fixture_breaks_exactly_the_expected_rule(String fixture, List<Expected> expected) {
        List<ShapeViolation> violations = ShaclValidator.museum().validate(broken(fixture));
        assertThat(violations).extracting(Expected::of).as("violations of %s:%n%s", fixture, violations)
                .containsExactlyElementsOf(expected);
        assertThat(violations).allSatisfy(violation -> {
            assertThat(violation.severity()).isEqualTo(ShapeViolation.Severity.VIOLATION);
            assertThat(violation.message("en")).isNotBlank();
            assertThat(violation.message("vi")).isNotBlank().isNotEqualTo(violation.message("en"));
        });
    }

    @Test
    void a_violation_names_the_bad_value_and_speaks_both_languages() {
        ShapeViolation violation = ShaclValidator.museum().validate(broken("name-in-unknown-language")).getFirst();
        assertThat(violation.value()).isEqualTo("\"三七\"@xx");
        assertThat(violation.message()).startsWith("A name needs exactly one written form");
        assertThat(violation.message("vi")).startsWith("Mỗi tên cần đúng một dạng viết");
        assertThat(violation.message("fr")).isEqualTo(violation.message("en"));
        assertThat(violation.toString()).contains(TAM_THAT + "#name-2", "skosxl:literalForm", "hs:Name-literalForm");
    }

    @Test
    void the_catalog_fixture_is_reported_as_incomplete_as_it_is() {
        List<ShapeViolation> violations = ShaclValidator.museum().validate(Fixtures.species());
        assertThat(violations).extracting(Expected::of).contains(
                expected(MuseumVocab.speciesIri("coptis-chinensis"), "schema:name", "hs:Document-name-en", "QualifiedMinCount"),
                expected(MuseumVocab.speciesIri("coptis-chinensis") + "#name-1", "herb:nameStatus", "hs:Name-status", "MinCount"),
                expected(MuseumVocab.speciesIri("abelmoschus-sagittifolius"), "skosxl:prefLabel|skosxl:altLabel", "hs:Taxon-names", "MinCount"),
                expected(TAM_THAT, "dct:source", "hs:Document-source", "MinCount"));
        assertThat(violations).noneMatch(violation -> violation.focusNode().startsWith(TAM_THAT + "#"));
    }

    @Test
    void every_rule_has_a_name_and_a_message_in_english_and_vietnamese() {
        Model shapes = RDFDataMgr.loadModel(ShaclValidatorTest.class.getResource(SHAPES).toString());
        String query = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                SELECT ?shape ?what WHERE {
                    { ?shape a sh:PropertyShape } UNION { ?shape a sh:NodeShape }
                    VALUES (?what ?property ?needed) {
                        ("sh:name@en" sh:name "en") ("sh:name@vi" sh:name "vi")
                        ("sh:message@en" sh:message "en") ("sh:message@vi" sh:message "vi") }
                    # Node shapes that only gather property shapes have no constraint of their own to explain.
                    FILTER (?property = sh:name || EXISTS { ?shape sh:path [] } || EXISTS { ?shape sh:sparql [] })
                    FILTER NOT EXISTS { ?shape ?property ?text FILTER (LANG(?text) = ?needed) }
                }""";
        try (QueryExecution execution = QueryExecution.create(query, shapes)) {
            List<String> missing = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(row ->
                    missing.add(shapes.shortForm(row.getResource("shape").getURI()) + " lacks " + row.getLiteral("what").getString()));
            assertThat(missing).isEmpty();
        }
        assertThat(shapes.listSubjectsWithProperty(org.apache.jena.rdf.model.ResourceFactory.createProperty(
                "http://www.w3.org/ns/shacl#", "path")).toList()).hasSizeGreaterThan(40);
    }

    @Test
    void one_validator_serves_many_threads_at_once() throws Exception {
        List<String> fixtures = List.of("taxon-slug-with-capitals", "orphan-name", "image-key-of-another-hash", "gi-date-not-iso");
        List<List<ShapeViolation>> alone = fixtures.stream().map(f -> ShaclValidator.museum().validate(broken(f))).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<List<ShapeViolation>>> results = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> ShaclValidator.museum().validate(broken(fixtures.get(i % fixtures.size())))))
                    .toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(alone.get(i % fixtures.size()));
            }
        }
    }

    private static Arguments broken(String fixture, String focusNode, String path, String shape, String component) {
        return Arguments.of(fixture, List.of(expected(focusNode, path, shape, component)));
    }

    private static Expected expected(String focusNode, String path, String shape, String component) {
        return new Expected(focusNode, path, shape, "sh:" + component + "ConstraintComponent");
    }

    private static String text(String resource) {
        try (InputStream in = ShaclValidatorTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
