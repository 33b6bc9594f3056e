package vn.laocai.museum.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * Places, conservation lists, marks and OCOP products: read from Turtle, linked from the species
 * that name them, checked like the documents, and written all or nothing.
 */
class ReferenceDataLoadTest {

    private static final String ID = "https://w3id.org/laocai-herbs/id/";
    private static final String PREFIXES = """
            PREFIX herb: <https://w3id.org/laocai-herbs/ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private ContentLoader loader;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(directory);
        loader = new ContentLoader(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Nested
    class The_shipped_corpus {

        @BeforeEach
        void load() {
            loader.load(ContentLoaderTest.shippedCorpus());
        }

        @Test
        void links_each_distribution_commune_to_its_place_in_its_former_district() {
            assertThat(ask("""
                    ASK { <%sspecies/cinnamomum-cassia> herb:distribution ?record .
                          ?record dct:spatial <%splace/van-yen-chau-que-ha> , <%splace/van-yen> .
                          <%splace/van-yen-chau-que-ha> schema:containedInPlace <%splace/van-yen> ;
                              schema:name "Châu Quế Hạ"@vi }""".formatted(ID, ID, ID, ID, ID))).isTrue();
            // Two communes called Lao Chải, in two former districts: each record finds its own.
            assertThat(ask("ASK { <%sspecies/docynia-indica> herb:distribution/dct:spatial <%splace/mu-cang-chai-lao-chai> }"
                    .formatted(ID, ID))).isTrue();
        }

        @Test
        void links_a_conservation_assessment_to_its_list_category_and_dated_instrument() {
            assertThat(ask("""
                    ASK { <%sspecies/lilium-poilanei> herb:conservation ?assessment .
                          ?assessment herb:onList <%slist/nd-84-2021> ;
                                      herb:listCategory <%slist/nd-84-2021-iia> ;
                                      herb:legalInstrument ?decree .
                          ?decree schema:legislationIdentifier "84/2021/NĐ-CP" ;
                                  schema:legislationDate "2021-09-22"^^<http://www.w3.org/2001/XMLSchema#date> }"""
                    .formatted(ID, ID, ID))).isTrue();
            // "EN A2acd" is the online Red List's EN.
            assertThat(ask("ASK { <%sspecies/polygonatum-kingianum> herb:conservation/herb:listCategory <%slist/vn-redlist-en> }"
                    .formatted(ID, ID))).isTrue();
        }

        @Test
        void links_species_to_their_indications_marks_and_ocop_products() {
            assertThat(ask("""
                    ASK { <%sspecies/cinnamomum-cassia> herb:geographicalIndications <%smark/gi-00018-van-yen> ;
                              herb:ocopProduct <%socop/tinh-dau-que-bao-yen> .
                          <%smark/gi-00018-van-yen> herb:number "00018" ; dct:spatial <%splace/van-yen-xuan-tam> .
                          <%sspecies/ligusticum-chuanxiong> herb:mark <%smark/xuyen-khung-bat-xat> .
                          <%socop/tinh-dau-que-bao-yen> herb:ocopRating "4"^^<http://www.w3.org/2001/XMLSchema#int> }""".formatted(ID, ID, ID, ID, ID, ID, ID, ID)))
                    .isTrue();
        }

        @Test
        void gives_a_point_only_to_places_whose_sources_give_one() {
            assertThat(ask("""
                    ASK { <%splace/bac-ha> geo:hasGeometry ?point .
                          ?point geo:asWKT "POINT(104.250 22.500)"^^geo:wktLiteral ; dct:source ?source }""".formatted(ID)))
                    .isTrue();
            assertThat(ask("ASK { <%splace/bat-xat-y-ty> geo:hasGeometry ?point }".formatted(ID))).isFalse();
        }

        @Test
        void links_a_commune_merged_in_2025_to_the_current_commune_of_the_province_that_took_it_over() {
            assertThat(ask("""
                    ASK { <%splace/bat-xat-trinh-tuong> dct:isReplacedBy <%splace/xa-trinh-tuong> .
                          <%splace/xa-trinh-tuong> a herb:CurrentCommune ; herb:verified false ;
                              schema:containedInPlace <%splace/tinh-lao-cai> .
                          <%splace/tinh-lao-cai> a herb:Province }""".formatted(ID, ID, ID, ID, ID))).isTrue();
            // A merger of 2019–2021 still points to the earlier commune.
            assertThat(ask("ASK { <%splace/bat-xat-ngai-thau> dct:isReplacedBy <%splace/bat-xat-a-lu> }".formatted(ID, ID))).isTrue();
            // ... and the chain goes on to the commune of 2025: A Lù is now part of Y Tý, a link a press page confirms.
            assertThat(ask("""
                    ASK { <%splace/bat-xat-ngai-thau> dct:isReplacedBy/dct:isReplacedBy <%splace/xa-y-ty> .
                          FILTER NOT EXISTS { <%splace/xa-y-ty> herb:verified false } }""".formatted(ID, ID, ID))).isTrue();
            assertThat(count(MuseumGraph.PUBLIC, "?commune a herb:Commune ; dct:isReplacedBy/a herb:CurrentCommune")).isEqualTo(9);
        }

        @Test
        void keeps_reference_resources_in_the_public_graph_and_restricted_links_in_the_restricted_one() {
            assertThat(count(MuseumGraph.RESTRICTED, "?place a herb:Commune")).isZero();
            assertThat(count(MuseumGraph.RESTRICTED, "<%sknowledge/red-dao-family-bath-recipes> herb:places/dct:spatial ?place"
                    .formatted(ID))).isPositive();
            assertThat(count(MuseumGraph.PUBLIC, "<%sknowledge/red-dao-family-bath-recipes> ?p ?o".formatted(ID))).isZero();
        }
    }

    @Nested
    class Reloading {

        @Test
        void an_edited_place_file_is_rewritten_without_duplicates_and_rewrites_the_documents_that_use_it() {
            List<ContentFile> corpus = ContentLoaderTest.shippedCorpus();
            loader.load(corpus);
            long size = store.size(MuseumGraph.PUBLIC);

            LoadReport report = loader.load(edit(corpus, "places/bac-ha.ttl",
                    text -> text.replace("\"Bac Ha District\"@en", "\"Bắc Hà (former district)\"@en")));

            assertThat(report.documents()).contains("places/bac-ha", "species/panax-notoginseng");
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(size);
            assertThat(ask("ASK { <%splace/bac-ha> schema:name \"Bắc Hà (former district)\"@en }".formatted(ID))).isTrue();
        }

        @Test
        void a_reference_file_that_is_gone_takes_its_resources_with_it() {
            List<ContentFile> corpus = ContentLoaderTest.shippedCorpus();
            loader.load(corpus);
            List<ContentFile> without = new ArrayList<>(corpus.stream()
                    // The sector's certifications name OCOP products too: they go with them.
                    .filter(file -> !file.path().startsWith("ocop/") && !file.path().startsWith("sector/")).toList());
            // The species that named its products no longer do.
            without.replaceAll(file -> file.path().endsWith(".vi.md")
                    ? new ContentFile(file.path(), file.text().replaceAll("(?m)^marks: .*\\n", "")) : file);

            loader.load(without);

            assertThat(count(MuseumGraph.PUBLIC, "?product a herb:OcopProduct")).isZero();
            assertThat(count(MuseumGraph.PUBLIC, "?place a herb:Commune")).isPositive();
        }
    }

    @Nested
    class A_broken_reference {

        @Test
        void malformed_turtle_is_reported_with_its_file_and_line_and_nothing_is_stored() {
            List<ContentFile> corpus = ContentLoaderTest.shippedCorpus();
            loader.load(corpus);
            long size = store.size(MuseumGraph.PUBLIC);
            List<ContentFile> broken = edit(corpus, "places/bac-ha.ttl",
                    text -> text.replace("schema:name \"Bắc Hà\"@vi ,", "schema:name \"Bắc Hà\"@vi ,,"));

            assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(ContentException.class)
                    .satisfies(thrown -> assertThat(((ContentException) thrown).errors())
                            .singleElement()
                            .satisfies(error -> {
                                assertThat(error.path()).isEqualTo("places/bac-ha.ttl");
                                assertThat(error.line()).isEqualTo(lineOf(broken, "places/bac-ha.ttl", "\"Bắc Hà\"@vi ,,"));
                                assertThat(error.message()).startsWith("Turtle: ");
                            }));
            assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(size);
        }

        @Test
        void a_commune_no_place_file_describes_is_refused_with_the_line_that_names_it() {
            List<ContentFile> broken = edit(ContentLoaderTest.shippedCorpus(), "species/panax-notoginseng.vi.md",
                    text -> text.replace("communes: [Tả Van Chư, Nậm Mòn]", "communes: [Tả Van Chư, Nậm Mơ]"));

            assertThat(errors(broken)).containsExactly("species/panax-notoginseng.vi.md:"
                    + lineOf(broken, "species/panax-notoginseng.vi.md", "Nậm Mơ")
                    + ": distribution[2].communes: no commune 'Nậm Mơ' of former district 'Bắc Hà' in places/ "
                    + "(a herb:Commune with that schema:name @vi, schema:containedInPlace <" + ID + "place/bac-ha>)");
            assertThat(store.size(MuseumGraph.PUBLIC)).isZero();
        }

        @Test
        void a_category_its_list_does_not_have_is_refused_with_the_categories_it_has() {
            List<ContentFile> broken = edit(ContentLoaderTest.shippedCorpus(), "species/lilium-poilanei.vi.md",
                    text -> text.replace("category: IIA", "category: IIB"));

            assertThat(errors(broken)).singleElement().asString()
                    .startsWith("species/lilium-poilanei.vi.md:" + lineOf(broken, "species/lilium-poilanei.vi.md", "IIB")
                            + ": conservation[2].category: 'IIB' is not a category of list 'nd-84-2021'; its categories: [")
                    .contains("IA", "IIA");
        }

        @Test
        void a_mark_slug_that_no_reference_file_has_is_refused() {
            List<ContentFile> broken = edit(ContentLoaderTest.shippedCorpus(), "species/cinnamomum-cassia.vi.md",
                    text -> text.replace("marks: [gi-00018-van-yen,", "marks: [gi-00019-van-yen,"));

            assertThat(errors(broken)).singleElement().asString().contains("marks[1]: no geographical indication, mark "
                    + "or OCOP product 'gi-00019-van-yen'");
        }

        @Test
        void a_place_file_cannot_describe_a_species() {
            List<ContentFile> broken = new ArrayList<>(ContentLoaderTest.shippedCorpus());
            broken.add(new ContentFile("places/intruder.ttl", """
                    @prefix schema: <https://schema.org/> .

                    <https://w3id.org/laocai-herbs/id/species/panax-notoginseng>
                        schema:name "Overwritten"@en .
                    """));

            assertThat(errors(broken)).containsExactly("places/intruder.ttl:3: <" + ID + "species/panax-notoginseng> "
                    + "cannot be described in places/: its resources are " + ID + "<place>/<slug>");
        }

        @Test
        void a_place_without_an_english_name_breaks_the_shapes_at_its_line() {
            List<ContentFile> broken = edit(ContentLoaderTest.shippedCorpus(), "places/si-ma-cai.ttl",
                    text -> text.replace("\"Nàn Sán\"@vi , \"Nan San\"@en", "\"Nàn Sán\"@vi"));

            assertThat(errors(broken)).singleElement().asString()
                    .startsWith("places/si-ma-cai.ttl:" + lineOf(broken, "places/si-ma-cai.ttl", "place:si-ma-cai-nan-san a"))
                    .contains("[hs:Reference-name-en]");
        }

        @Test
        void a_successor_no_place_file_describes_is_refused_with_the_line_that_names_it() {
            List<ContentFile> broken = edit(ContentLoaderTest.shippedCorpus(), "places/bat-xat.ttl",
                    text -> text.replace("dct:isReplacedBy place:xa-trinh-tuong ;", "dct:isReplacedBy place:xa-trinh-tuog ;"));

            assertThat(errors(broken)).contains("places/bat-xat.ttl:" + lineOf(broken, "places/bat-xat.ttl", "place:xa-trinh-tuog")
                    + ": <" + ID + "place/bat-xat-trinh-tuong> dct:isReplacedBy <" + ID + "place/xa-trinh-tuog>, which no file of "
                    + "places/ describes; name a herb:Commune or herb:CurrentCommune (place:xa-<slug>, place:phuong-<slug>) of places/");
        }

        @Test
        void a_current_commune_outside_a_province_breaks_the_shapes() {
            List<ContentFile> broken = edit(ContentLoaderTest.shippedCorpus(), "places/tinh-lao-cai.ttl",
                    text -> text.replace("""
                            place:xa-ta-van a herb:CurrentCommune , schema:AdministrativeArea , geo:Feature ;
                                schema:name "Tả Van"@vi , "Ta Van"@en ;
                                schema:containedInPlace place:tinh-lao-cai ;""", """
                            place:xa-ta-van a herb:CurrentCommune , schema:AdministrativeArea , geo:Feature ;
                                schema:name "Tả Van"@vi , "Ta Van"@en ;
                                schema:containedInPlace place:sa-pa ;"""));

            assertThat(errors(broken)).singleElement().asString()
                    .startsWith("places/tinh-lao-cai.ttl:" + lineOf(broken, "places/tinh-lao-cai.ttl", "place:xa-ta-van a"))
                    .contains("[hs:CurrentCommune-province]");
        }

        @Test
        void a_point_with_latitude_first_breaks_the_shapes() {
            List<ContentFile> broken = edit(ContentLoaderTest.shippedCorpus(), "places/bac-ha.ttl",
                    text -> text.replace("POINT(104.250 22.500)", "POINT(22.500 104.250)"));

            assertThat(errors(broken)).singleElement().asString()
                    .startsWith("places/bac-ha.ttl:" + lineOf(broken, "places/bac-ha.ttl", "place:bac-ha a"))
                    .contains("[hs:Geometry-wkt]");
        }
    }

    private List<String> errors(List<ContentFile> corpus) {
        try {
            loader.load(corpus);
        } catch (ContentException e) {
            assertThat(store.size(MuseumGraph.PUBLIC)).as("nothing stored").isZero();
            return e.errors().stream().map(ContentError::toString).toList();
        }
        throw new AssertionError("the corpus loaded without errors");
    }

    private static List<ContentFile> edit(List<ContentFile> corpus, String path, UnaryOperator<String> change) {
        assertThat(corpus).extracting(ContentFile::path).contains(path);
        return corpus.stream()
                .map(file -> file.path().equals(path) ? new ContentFile(path, checked(change, file.text())) : file)
                .toList();
    }

    private static String checked(UnaryOperator<String> change, String text) {
        String changed = change.apply(text);
        assertThat(changed).as("the edit applies").isNotEqualTo(text);
        return changed;
    }

    private static int lineOf(List<ContentFile> corpus, String path, String fragment) {
        List<String> lines = corpus.stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow()
                .text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in " + path);
    }

    private boolean ask(String query) {
        Model graph = store.construct(MuseumGraph.PUBLIC,
                QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), Map.of());
        try (var execution = org.apache.jena.query.QueryExecutionFactory.create(PREFIXES + query, graph)) {
            return execution.execAsk();
        }
    }

    private long count(MuseumGraph graph, String pattern) {
        return store.select(graph, QueryFactory.create(PREFIXES + "SELECT * WHERE { " + pattern + " }"), Map.of()).size();
    }
}
