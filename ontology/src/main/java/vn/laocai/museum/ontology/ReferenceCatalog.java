package vn.laocai.museum.ontology;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * Reads the museum's reference data — former districts and communes, geographical indications and
 * marks, conservation lists and the instruments behind them — from the public graph, in one
 * language (Vietnamese where a text has no translation).
 *
 * <pre>{@code
 * References references = new ReferenceCatalog(store).read("en");
 * references.place("sa-pa").map(References.Place::name);          // "Sa Pa Town"
 * references.speciesAt("bat-xat");                                  // what grows there
 * }</pre>
 */
public final class ReferenceCatalog {

    private final GraphStore store;
    /** The reference model is read whole (a CONSTRUCT over the public graph): once per language and write, not per page. */
    private final PublicReadCache<String, References> snapshots;

    public ReferenceCatalog(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshots = new PublicReadCache<>(store, 8);
    }

    /** A snapshot of the reference data in one language, read again after each write of the public graph. */
    public References read(String language) {
        Objects.requireNonNull(language, "language");
        return snapshots.get(language, () -> {
            Model model = store.construct(MuseumGraph.PUBLIC, Queries.named("reference-graph"), Map.of());
            return new References(model, language);
        });
    }
}
