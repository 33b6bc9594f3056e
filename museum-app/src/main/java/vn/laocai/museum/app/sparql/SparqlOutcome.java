package vn.laocai.museum.app.sparql;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;

/** What the query page shows after a run: rows, a yes/no answer, a graph as Turtle, or why it failed. */
sealed interface SparqlOutcome {

    /** SELECT: one column per variable; {@code truncated} when the endpoint's row cap cut the rows. */
    record Table(List<String> variables, List<List<SparqlCell>> rows, boolean truncated, int cap, Duration took,
            List<SparqlDownload> downloads) implements SparqlOutcome {
        public Table {
            variables = List.copyOf(variables);
            rows = rows.stream().map(List::copyOf).toList();
            downloads = List.copyOf(downloads);
            Objects.requireNonNull(took, "took");
        }

        /** "12 dòng (rows) · 34 ms", and "đã cắt ở N dòng" when cut. */
        String summary() {
            return summary(SiteLanguage.VIETNAMESE);
        }

        String summary(Locale reader) {
            return MuseumTranslations.text(reader, "sparql.rows", rows.size()) + " · " + SparqlOutcome.millis(took)
                    + (truncated ? MuseumTranslations.text(reader, "sparql.rowsCut", cap) : "");
        }
    }

    /** ASK. */
    record Verdict(boolean value, Duration took, List<SparqlDownload> downloads) implements SparqlOutcome {
        public Verdict {
            downloads = List.copyOf(downloads);
        }

        String sentence() {
            return sentence(SiteLanguage.VIETNAMESE);
        }

        String sentence(Locale reader) {
            return MuseumTranslations.text(reader, value ? "sparql.true" : "sparql.false");
        }

        String summary() {
            return SparqlOutcome.millis(took);
        }
    }

    /** CONSTRUCT or DESCRIBE, written as Turtle; {@code truncated} when the triple cap cut the graph. */
    record GraphText(String turtle, long triples, boolean truncated, int cap, Duration took,
            List<SparqlDownload> downloads) implements SparqlOutcome {
        public GraphText {
            Objects.requireNonNull(turtle, "turtle");
            downloads = List.copyOf(downloads);
        }

        String summary() {
            return summary(SiteLanguage.VIETNAMESE);
        }

        String summary(Locale reader) {
            return MuseumTranslations.text(reader, "sparql.triples", triples) + " · " + SparqlOutcome.millis(took)
                    + (truncated ? MuseumTranslations.text(reader, "sparql.triplesCut", cap) : "");
        }
    }

    /** The query was not answered: a syntax error, a forbidden operation or the time limit. */
    record Failure(String title, String detail) implements SparqlOutcome {
        public Failure {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(detail, "detail");
        }
    }

    private static String millis(Duration took) {
        long ms = took.toMillis();
        return ms < 1 ? "< 1 ms" : ms + " ms";
    }
}
