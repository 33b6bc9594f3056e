package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final Model VOCABULARY = Vocabulary.model();
    private static final Resource ONTOLOGY = VOCABULARY.createResource("https://w3id.org/laocai-herbs/ns");
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    /** Namespaces our terms may point to: the reused vocabularies (W3C ORG and PROV-O for the herb sector) and RDF's own. */
    private static final Set<String> REUSED = Set.of(MuseumVocab.DWC, MuseumVocab.SCHEMA, MuseumVocab.SKOSXL,
            MuseumVocab.DCT, MuseumVocab.GEO, SKOS, XSD, RDF.getURI(), RDFS.getURI(), ORG, PROV);

    @Test
    void the_vocabulary_parses_and_describes_itself() {
        assertThat(VOCABULARY.contains(ONTOLOGY, RDF.type, OWL.Ontology)).isTrue();
        for (Property property : List.of(DCTerms.title, DCTerms.description)) {
            assertThat(languages(ONTOLOGY, property)).as(property.getLocalName()).contains("vi", "en");
        }
        assertThat(ONTOLOGY.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ONTOLOGY.getProperty(OWL.versionInfo)).isNotNull();
        assertThat(ONTOLOGY.getProperty(VOCABULARY.createProperty(VANN, "preferredNamespacePrefix")).getString())
                .isEqualTo("herb");
        assertThat(ONTOLOGY.getProperty(VOCABULARY.createProperty(VANN, "preferredNamespaceUri")).getString())
                .isEqualTo(MuseumVocab.HERB);
    }

    @Test
    void every_herb_term_of_MuseumVocab_has_a_label_and_a_comment_in_vietnamese_and_english() throws IllegalAccessException {
        List<Resource> terms = museumVocabTerms();
        assertThat(terms).extracting(Resource::getLocalName)
                .contains("slug", "strategicRank", "nameStatus", "verified", "note", "narrative", "traditionalUse",
                        "safetyNote", "cultivationNote", "partUsed", "text", "objectKey", "placeholder", "corpusHash");
        terms.forEach(VocabularyTest::assertDescribedInBothLanguages);
    }

    @Test
    void the_record_links_and_fields_the_loader_writes_are_defined() {
        Stream.of("conservation", "distribution", "geographicalIndications", "list", "category", "instrument",
                        "status", "formerDistrict", "communes", "number", "name", "product", "decision", "date", "holder")
                .map(local -> VOCABULARY.createResource(MuseumVocab.HERB + local))
                .forEach(VocabularyTest::assertDescribedInBothLanguages);
        Stream.of("PlantPart", "ConservationAssessment", "DistributionRecord", "GeographicalIndication", "Note")
                .map(local -> VOCABULARY.createResource(MuseumVocab.HERB + local))
                .forEach(type -> {
                    assertThat(VOCABULARY.contains(type, RDF.type, OWL.Class)).as(type.getLocalName()).isTrue();
                    assertDescribedInBothLanguages(type);
                });
    }

    @Test
    void every_term_in_our_namespace_is_described_in_both_languages_and_by_this_document() {
        List<Resource> terms = VOCABULARY.listSubjects().filterKeep(s -> s.isURIResource()
                && s.getURI().startsWith(MuseumVocab.HERB)).toList();
        assertThat(terms).hasSizeGreaterThan(40);
        for (Resource term : terms) {
            assertDescribedInBothLanguages(term);
            assertThat(term.getPropertyResourceValue(RDFS.isDefinedBy)).as(term.getURI()).isEqualTo(ONTOLOGY);
        }
    }

    @Test
    void use_categories_are_concepts_of_one_list_with_their_code_and_labels_and_the_shapes_allow_exactly_them() {
        Property inScheme = VOCABULARY.createProperty(SKOS, "inScheme");
        List<Resource> categories = VOCABULARY.listSubjectsWithProperty(RDF.type,
                VOCABULARY.createResource(MuseumVocab.HERB + "UseCategory")).toList();
        assertThat(categories).hasSize(13);
        for (Resource category : categories) {
            String code = category.getProperty(VOCABULARY.createProperty(SKOS, "notation")).getString();
            assertThat(category.getURI()).isEqualTo(MuseumVocab.HERB + "use-" + code);
            assertThat(VOCABULARY.contains(category, inScheme, MuseumVocab.USE_CATEGORIES)).isTrue();
            for (String language : List.of("vi", "en")) {
                assertThat(category.getProperty(VOCABULARY.createProperty(SKOS, "prefLabel"), language)).as(code).isNotNull();
            }
        }
        Model shapes = org.apache.jena.riot.RDFDataMgr.loadModel(
                ShaclValidator.class.getResource("shapes.ttl").toString());
        Resource shape = shapes.getResource("https://w3id.org/laocai-herbs/shapes#useCategory");
        List<RDFNode> allowed = shape.getPropertyResourceValue(shapes.createProperty("http://www.w3.org/ns/shacl#in"))
                .as(org.apache.jena.rdf.model.RDFList.class).asJavaList();
        assertThat(allowed).extracting(RDFNode::toString)
                .containsExactlyInAnyOrderElementsOf(categories.stream().map(Resource::getURI).toList());
    }

    @Test
    void plant_parts_are_individuals_with_their_code() {
        List<Resource> parts = VOCABULARY.listSubjectsWithProperty(RDF.type,
                VOCABULARY.createResource(MuseumVocab.HERB + "PlantPart")).toList();
        assertThat(parts).hasSize(15);
        for (Resource part : parts) {
            String code = part.getProperty(VOCABULARY.createProperty(SKOS, "notation")).getString();
            assertThat(part.getURI()).isEqualTo(MuseumVocab.HERB + "part-" + code);
            assertThat(VOCABULARY.contains(part, RDF.type, OWL.NamedIndividual)).isTrue();
        }
    }

    @Test
    void links_domains_and_ranges_point_to_reused_vocabularies_or_to_terms_defined_here() {
        List<String> dangling = new ArrayList<>();
        for (Property link : List.of(RDFS.subPropertyOf, OWL.equivalentProperty, RDFS.subClassOf, RDFS.domain, RDFS.range)) {
            VOCABULARY.listStatements(null, link, (RDFNode) null).forEach(statement -> {
                String target = statement.getResource().getURI();
                boolean ours = target.startsWith(MuseumVocab.HERB) && statement.getResource().hasProperty(RDF.type);
                if (!ours && REUSED.stream().noneMatch(target::startsWith)) {
                    dangling.add(statement.getSubject().getLocalName() + " " + link.getLocalName() + " " + target);
                }
            });
        }
        assertThat(dangling).isEmpty();
        assertThat(VOCABULARY.listStatements(null, RDFS.subPropertyOf, (RDFNode) null).toList())
                .extracting(Statement::getSubject).extracting(Resource::getLocalName)
                .contains("slug", "note", "narrative", "text", "formerDistrict", "communes", "number", "date");
    }

    @Test
    void the_shared_model_is_read_only() {
        assertThatThrownBy(() -> Vocabulary.model().add(ONTOLOGY, RDFS.label, "changed"))
                .isInstanceOf(AddDeniedException.class);
        assertThat(Vocabulary.model()).isSameAs(VOCABULARY);
    }

    /** The public static Resource and Property constants of MuseumVocab in our own namespace. */
    private static List<Resource> museumVocabTerms() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : MuseumVocab.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                if (term.getURI().startsWith(MuseumVocab.HERB)) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    private static void assertDescribedInBothLanguages(Resource term) {
        Resource described = VOCABULARY.createResource(term.getURI());
        assertThat(described.hasProperty(RDF.type)).as("%s is declared", term.getURI()).isTrue();
        for (Property property : List.of(RDFS.label, RDFS.comment)) {
            assertThat(languages(described, property)).as("%s %s", term.getURI(), property.getLocalName())
                    .contains("vi", "en");
        }
        // A Vietnamese comment that is the English one copied would pass the check above.
        assertThat(described.getProperty(RDFS.comment, "vi").getString())
                .as("%s comment", term.getURI())
                .isNotEqualTo(described.getProperty(RDFS.comment, "en").getString());
    }

    private static List<String> languages(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(s -> s.getLiteral().getLanguage()).toList();
    }
}
