package vn.laocai.museum.sparql;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * A finished query: complete (or cut at the row cap, and saying so) before a byte is sent, so a
 * stopped query can never look like a success.
 */
public sealed interface SparqlResult {

    Query query();

    Duration took();

    /** SELECT: the rows; {@code truncated} when the row cap cut them. */
    record Rows(Query query, List<Var> variables, List<Binding> rows, boolean truncated, Duration took)
            implements SparqlResult {
        public Rows {
            variables = List.copyOf(variables);
            rows = List.copyOf(rows);
        }

        /** A fresh row set over the rows, for writers. */
        public RowSet rowSet() {
            return RowSetStream.create(variables, rows.iterator());
        }
    }

    /** ASK. */
    record Answer(Query query, boolean value, Duration took) implements SparqlResult {}

    /** CONSTRUCT or DESCRIBE; {@code truncated} when the triple cap cut the graph. */
    record Graph(Query query, Model model, boolean truncated, Duration took) implements SparqlResult {}
}
