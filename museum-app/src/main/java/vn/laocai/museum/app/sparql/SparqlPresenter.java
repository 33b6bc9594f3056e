package vn.laocai.museum.app.sparql;

import java.util.Locale;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import vn.laocai.museum.sparql.PublicSparql;
import vn.laocai.museum.sparql.SparqlException;
import vn.laocai.museum.sparql.SparqlResult;

/**
 * The logic of the researcher's query page, without Vaadin: runs a query through the same
 * {@link PublicSparql} as {@code /sparql} (same graph, limits and errors) and turns the answer into
 * what the page shows. Immutable; one instance serves every visitor.
 *
 * <pre>{@code
 * SparqlPresenter presenter = new SparqlPresenter(publicSparql, SparqlExamples.packaged());
 * SparqlOutcome outcome = presenter.run("SELECT * WHERE { ?s ?p ?o } LIMIT 5");
 * }</pre>
 */
final class SparqlPresenter {

    /** The page's route; the query travels in its {@code query} parameter. */
    static final String ROUTE = "sparql-editor";

    private final PublicSparql sparql;
    private final SparqlExamples examples;

    SparqlPresenter(PublicSparql sparql, SparqlExamples examples) {
        this.sparql = Objects.requireNonNull(sparql, "sparql");
        this.examples = Objects.requireNonNull(examples, "examples");
    }

    List<SparqlExample> examples() {
        return examples.all();
    }

    /** The endpoint's limits, in a sentence for the page. */
    String limits() {
        return limits(SiteLanguage.VIETNAMESE);
    }

    String limits(Locale reader) {
        return MuseumTranslations.text(reader, "sparql.limits", sparql.timeout().toSeconds(), sparql.maxRows());
    }

    /** What the editor holds when the page opens without a query: the first example. */
    String startingQuery() {
        return examples.all().isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10\n" : examples.all().getFirst().query();
    }

    /** Runs the query; every failure becomes a {@link SparqlOutcome.Failure}, never an exception. */
    SparqlOutcome run(String text) {
        return run(text, SiteLanguage.VIETNAMESE);
    }

    /** Runs the query, with any failure told in the reader's language. */
    SparqlOutcome run(String text, Locale reader) {
        try {
            return outcome(sparql.run(text), text);
        } catch (SparqlException e) {
            return failure(e, reader);
        } catch (QueryException e) {
            // Parsed but not executable, e.g. an unknown function in a FILTER.
            return new SparqlOutcome.Failure(MuseumTranslations.text(reader, "sparql.failed"), String.valueOf(e.getMessage()));
        }
    }

    /** The shareable page for a query: {@code sparql-editor?query=…}. */
    static String location(String query) {
        return ROUTE + "?query=" + encode(query);
    }

    /** Downloads carry the text as written, comments and all, so the file matches what was run. */
    private SparqlOutcome outcome(SparqlResult result, String text) {
        return switch (result) {
            case SparqlResult.Rows rows -> new SparqlOutcome.Table(
                    rows.variables().stream().map(Var::getVarName).toList(),
                    rows.rows().stream().map(row -> cells(rows.variables(), row)).toList(),
                    rows.truncated(), sparql.maxRows(), rows.took(), SparqlDownload.all(text, true));
            case SparqlResult.Answer answer -> new SparqlOutcome.Verdict(answer.value(), answer.took(),
                    SparqlDownload.all(text, true));
            case SparqlResult.Graph graph -> new SparqlOutcome.GraphText(turtle(graph), graph.model().size(),
                    graph.truncated(), sparql.maxRows(), graph.took(), SparqlDownload.all(text, false));
        };
    }

    private static List<SparqlCell> cells(List<Var> variables, Binding row) {
        return variables.stream().map(variable -> SparqlCell.of(row.get(variable))).toList();
    }

    private static String turtle(SparqlResult.Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph.model(), RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }

    private SparqlOutcome.Failure failure(SparqlException e, Locale reader) {
        return switch (e.kind()) {
            case SYNTAX -> new SparqlOutcome.Failure(MuseumTranslations.text(reader, "sparql.syntaxError"), e.getMessage());
            case FORBIDDEN -> new SparqlOutcome.Failure(MuseumTranslations.text(reader, "sparql.forbidden"), e.getMessage());
            case CANCELLED -> new SparqlOutcome.Failure(MuseumTranslations.text(reader, "sparql.cancelled"), e.getMessage());
            case TIMEOUT -> new SparqlOutcome.Failure(MuseumTranslations.text(reader, "sparql.timeout"),
                    MuseumTranslations.text(reader, "sparql.timeoutDetail", sparql.timeout().toSeconds(), e.getMessage()));
        };
    }

    private static String encode(String text) {
        // %20 rather than '+': the page and every copy of the link decode it the same way.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
