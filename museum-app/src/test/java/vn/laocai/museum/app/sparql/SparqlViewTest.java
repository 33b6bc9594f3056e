package vn.laocai.museum.app.sparql;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.sparql.PublicSparql;

/**
 * The query page without a browser: the examples, the presenter and the view (Karibu), on one real
 * TDB2 store loaded once from the shipped corpus (every test only reads it).
 */
class SparqlViewTest {

    private static final String PREFIXES = """
            PREFIX dwc: <http://rs.tdwg.org/dwc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX herb: <https://w3id.org/laocai-herbs/ns#>
            """;
    private static final String STRATEGIC = PREFIXES + """
            SELECT ?rank ?species ?name WHERE {
              ?species herb:strategicRank ?rank ; schema:name ?name . FILTER (lang(?name) = "vi")
            } ORDER BY ?rank""";

    private static Path directory;
    private static Tdb2GraphStore store;
    private static SparqlPresenter presenter;

    @BeforeAll
    static void loadCorpus() throws IOException {
        directory = Files.createTempDirectory("sparql-view-test-");
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        presenter = presenter(Duration.ofSeconds(10), 10_000);
    }

    @AfterAll
    static void closeStore() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static SparqlPresenter presenter(Duration timeout, int maxRows) {
        return new SparqlPresenter(new PublicSparql(store, timeout, maxRows), SparqlExamples.packaged());
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Examples {

        /** The files in the source tree, so a file the classpath loader misses still fails here. */
        Stream<String> exampleFiles() throws IOException {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/sparql-examples"))) {
                return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".rq")).sorted()
                        .toList().stream();
            }
        }

        @Test
        void at_least_six_examples_are_packaged_in_file_order_with_titles_in_both_languages() throws IOException {
            List<SparqlExample> examples = presenter.examples();
            assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
            assertThat(examples).extracting(example -> example.id() + ".rq").containsExactlyElementsOf(exampleFiles().toList());
            assertThat(examples.getFirst().title()).isEqualTo("Các loài trong một họ thực vật (Species of a botanical family)");
            assertThat(examples).allSatisfy(example -> assertThat(example.titleVi()).isNotBlank());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("exampleFiles")
        void every_example_runs_on_the_shipped_corpus_and_finds_something(String file) {
            SparqlExample example = presenter.examples().stream().filter(e -> file.equals(e.id() + ".rq")).findFirst()
                    .orElseThrow();
            SparqlOutcome outcome = presenter.run(example.query());
            switch (outcome) {
                case SparqlOutcome.Table table -> {
                    assertThat(table.rows()).as(file).isNotEmpty();
                    assertThat(table.truncated()).isFalse();
                }
                case SparqlOutcome.GraphText graph -> assertThat(graph.triples()).as(file).isPositive();
                case SparqlOutcome.Verdict verdict -> assertThat(verdict.value()).as(file).isTrue();
                case SparqlOutcome.Failure failure -> throw new AssertionError(file + ": " + failure.title() + ": " + failure.detail());
            }
        }

        @Test
        void the_strategic_herbs_example_lists_nine_in_plan_order() {
            var table = (SparqlOutcome.Table) presenter.run(example("07-strategic-herbs").query());
            assertThat(table.rows()).hasSize(9);
            assertThat(table.rows()).extracting(row -> row.getFirst().text())
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        }

        @Test
        void the_ethnic_language_example_finds_hmong_names() {
            var table = (SparqlOutcome.Table) presenter.run(example("03-names-in-ethnic-languages").query());
            assertThat(table.rows()).anySatisfy(row -> {
                assertThat(row.get(2).text()).isEqualTo("hnj");
                assertThat(row.get(3).language()).isEqualTo("hnj");
            });
        }

        @Test
        void a_file_without_titles_is_refused() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparqlExample.parse("bad", "SELECT * { ?s ?p ?o }"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.rq");
        }

        private SparqlExample example(String id) {
            return presenter.examples().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        }
    }

    @Nested
    class Presenter {

        @Test
        void select_rows_become_cells_with_local_links_and_language_tags() {
            var table = (SparqlOutcome.Table) presenter.run(STRATEGIC);
            assertThat(table.variables()).containsExactly("rank", "species", "name");
            List<SparqlCell> first = table.rows().getFirst();
            assertThat(first.get(0)).isEqualTo(new SparqlCell("1", null, null, "xsd:int"));
            assertThat(first.get(1).text()).startsWith("https://w3id.org/laocai-herbs/id/species/");
            assertThat(first.get(1).href()).startsWith("/id/species/");
            assertThat(first.get(2).language()).isEqualTo("vi");
            assertThat(table.summary()).startsWith("9 dòng (rows) · ").doesNotContain("đã cắt");
        }

        @Test
        void other_iris_link_where_they_point_and_unbound_variables_are_empty() {
            var table = (SparqlOutcome.Table) presenter.run(
                    "SELECT ?type ?nothing WHERE { <https://w3id.org/laocai-herbs/id/species/panax-notoginseng> a ?type } ORDER BY ?type");
            assertThat(table.rows()).extracting(row -> row.getFirst().href())
                    .containsExactly("http://rs.tdwg.org/dwc/terms/Taxon", "https://schema.org/Taxon");
            assertThat(table.rows().getFirst().get(1)).isEqualTo(SparqlCell.EMPTY);
        }

        @Test
        void a_result_cut_at_the_row_cap_says_so() {
            var table = (SparqlOutcome.Table) presenter(Duration.ofSeconds(10), 5).run("SELECT * WHERE { ?s ?p ?o }");
            assertThat(table.rows()).hasSize(5);
            assertThat(table.truncated()).isTrue();
            assertThat(table.summary()).startsWith("5 dòng (rows) · ").contains("đã cắt ở 5 dòng");
        }

        @Test
        void ask_is_answered_in_a_sentence() {
            var verdict = (SparqlOutcome.Verdict) presenter.run(PREFIXES + "ASK { ?s herb:strategicRank ?rank FILTER (?rank = 3) }");
            assertThat(verdict.value()).isTrue();
            assertThat(verdict.sentence()).startsWith("Có");
            assertThat(((SparqlOutcome.Verdict) presenter.run("ASK { ?s ?p \"no such value\" }")).sentence()).startsWith("Không");
        }

        @Test
        void construct_is_shown_as_turtle_with_the_query_prefixes() {
            var graph = (SparqlOutcome.GraphText) presenter.run(PREFIXES
                    + "CONSTRUCT { ?s dwc:family ?f } WHERE { ?s dwc:family ?f ; herb:strategicRank ?rank FILTER (?rank = 3) }");
            assertThat(graph.triples()).isEqualTo(1);
            assertThat(graph.turtle()).contains("PREFIX dwc:").contains("dwc:family").contains("\"Araliaceae\"");
            assertThat(graph.summary()).startsWith("1 bộ ba (triples)");
        }

        @Test
        void a_syntax_error_is_a_readable_failure_with_the_position() {
            var failure = (SparqlOutcome.Failure) presenter.run("SELECT ?s WHERE { ?s ?p }");
            assertThat(failure.title()).isEqualTo("Lỗi cú pháp (syntax error)");
            assertThat(failure.detail()).contains("line 1");
        }

        @Test
        void an_update_is_not_allowed() {
            var failure = (SparqlOutcome.Failure) presenter.run("DROP ALL");
            assertThat(failure.title()).isEqualTo("Không được phép (not allowed)");
        }

        @Test
        void a_query_past_the_time_limit_is_a_timeout_with_advice() {
            var failure = (SparqlOutcome.Failure) presenter(Duration.ofMillis(300), 10)
                    .run("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
            assertThat(failure.title()).isEqualTo("Quá thời gian (timeout)");
            assertThat(failure.detail()).contains("LIMIT");
        }

        @Test
        void rows_download_in_four_formats_and_graphs_in_four_others_from_the_endpoint() {
            String query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
            var table = (SparqlOutcome.Table) presenter.run(query);
            assertThat(table.downloads()).extracting(SparqlDownload::label).containsExactly("JSON", "XML", "CSV", "TSV");
            assertThat(table.downloads().get(2)).isEqualTo(new SparqlDownload("CSV",
                    "/sparql?format=csv&query=SELECT+*+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D+LIMIT+1", "ket-qua.csv"));
            var graph = (SparqlOutcome.GraphText) presenter.run("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1");
            assertThat(graph.downloads()).extracting(SparqlDownload::label)
                    .containsExactly("Turtle", "JSON-LD", "RDF/XML", "N-Triples");
            assertThat(graph.downloads()).extracting(SparqlDownload::href)
                    .allSatisfy(href -> assertThat(href).startsWith("/sparql?format="));
        }

        @Test
        void the_page_address_keeps_the_query_and_vaadin_reads_it_back_unchanged() {
            String query = STRATEGIC + "\n# a + b & c = d, 三七 H'Mông";
            String location = SparqlPresenter.location(query);
            assertThat(location).startsWith("sparql-editor?query=PREFIX%20dwc");
            assertThat(new Location(location).getQueryParameters().getSingleParameter("query")).contains(query);
        }
    }

    @Nested
    class Page {

        private SparqlView view;

        @BeforeEach
        void setUp() {
            MuseumMockVaadin.setup();
            view = new SparqlView(presenter);
            UI.getCurrent().add(view);
        }

        @AfterEach
        void tearDown() {
            MuseumMockVaadin.tearDown();
        }

        @Test
        void opening_without_a_query_offers_the_first_example_and_runs_nothing() {
            view.open(new Location("sparql-editor"));
            assertThat(_get(view, TextArea.class).getValue()).isEqualTo(presenter.examples().getFirst().query());
            assertThat(_find(view, Grid.class)).isEmpty();
        }

        @Test
        void picking_an_example_and_running_it_shows_rows_time_and_downloads() {
            _click(_get(view, Button.class, spec -> spec.withId("example-07-strategic-herbs")));
            _click(_get(view, Button.class, spec -> spec.withText("Chạy (Run)")));

            Grid<?> grid = _get(view, Grid.class);
            assertThat(GridKt._size(grid)).isEqualTo(9);
            assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                    .containsExactly("rank", "species", "name", "english", "scientificName");
            Anchor species = (Anchor) GridKt._getCellComponent(grid, 0, "species");
            assertThat(species.getHref()).startsWith("/id/species/");
            assertThat(GridKt._getCellComponent(grid, 0, "name").getElement().getTextRecursively()).endsWith("@vi");
            assertThat(_get(view, Div.class, spec -> spec.withClasses("museum-sparql-status")).getText())
                    .matches("9 dòng \\(rows\\) · (< )?\\d+ ms");
            assertThat(_find(view, Anchor.class, spec -> spec.withClasses("museum-sparql-download")))
                    .extracting(Anchor::getText).containsExactly("JSON", "XML", "CSV", "TSV");
        }

        @Test
        void in_english_the_labels_results_and_errors_speak_english() {
            _click(_get(view, Button.class, spec -> spec.withId("example-07-strategic-herbs")));
            _click(_get(view, Button.class, spec -> spec.withText("Chạy (Run)")));

            MuseumMockVaadin.switchTo(vn.laocai.museum.app.base.i18n.SiteLanguage.ENGLISH);

            assertThat(_get(view, Div.class, spec -> spec.withClasses("museum-sparql-status")).getText())
                    .matches("9 rows · (< )?\\d+ ms");
            assertThat(view.getPageTitle()).isEqualTo("SPARQL query — Lào Cai Digital Medicinal-Herb Museum");
            _setValue(_get(view, TextArea.class), "SELEKT nothing");
            _click(_get(view, Button.class, spec -> spec.withText("Run")));
            assertThat(_get(view, Div.class, spec -> spec.withClasses("museum-sparql-error")).getElement().getTextRecursively())
                    .startsWith("Syntax error");
        }

        @Test
        void ctrl_enter_runs_the_query() {
            _setValue(_get(view, TextArea.class), "ASK { ?s ?p ?o }");
            ShortcutsKt.fireShortcut(Key.ENTER, KeyModifier.CONTROL);
            assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("museum-sparql-answer")).getText()).startsWith("Có");
        }

        @Test
        void a_shared_address_fills_the_editor_and_runs_the_query() {
            view.open(new Location(SparqlPresenter.location(STRATEGIC)));
            assertThat(_get(view, TextArea.class).getValue()).isEqualTo(STRATEGIC);
            assertThat(GridKt._size(_get(view, Grid.class))).isEqualTo(9);
        }

        @Test
        void a_syntax_error_shows_next_to_the_editor_and_clears_the_old_result() {
            view.open(new Location(SparqlPresenter.location(STRATEGIC)));
            _setValue(_get(view, TextArea.class), "SELECT ?s WHERE { ?s ?p }");
            _click(_get(view, Button.class, spec -> spec.withText("Chạy (Run)")));

            Div error = _get(view, Div.class, spec -> spec.withClasses("museum-sparql-error"));
            assertThat(error.isVisible()).isTrue();
            assertThat(error.getElement().getTextRecursively()).startsWith("Lỗi cú pháp (syntax error)").contains("line 1");
            assertThat(_find(view, Grid.class)).isEmpty();
            assertThat(_find(view, Anchor.class, spec -> spec.withClasses("museum-sparql-download"))).isEmpty();
        }

        @Test
        void a_construct_shows_turtle_and_graph_downloads() {
            _click(_get(view, Button.class, spec -> spec.withId("example-08-construct-names-graph")));
            _click(_get(view, Button.class, spec -> spec.withText("Chạy (Run)")));
            assertThat(_get(view, Pre.class, spec -> spec.withClasses("museum-sparql-turtle")).getText())
                    .contains("skosxl:literalForm").contains("\"Tam thất\"@vi");
            assertThat(_find(view, Anchor.class, spec -> spec.withClasses("museum-sparql-download")))
                    .extracting(Anchor::getText).containsExactly("Turtle", "JSON-LD", "RDF/XML", "N-Triples");
        }
    }
}
