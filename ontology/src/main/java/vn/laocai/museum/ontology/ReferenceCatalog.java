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

    public ReferenceCatalog(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** A snapshot of the reference data in one language; cheap enough to read per page. */
    public References read(String language) {
        Objects.requireNonNull(language, "language");
        Model model = store.construct(MuseumGraph.PUBLIC, Queries.named("reference-graph"), Map.of());
        return new References(model, language);
    }
}
