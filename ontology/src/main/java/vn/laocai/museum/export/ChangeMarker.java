package vn.laocai.museum.export;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * A cheap value that changes whenever the public graph does: its size plus the hash of the corpus
 * last loaded. A corpus edit changes the hash even when it keeps the triple count; writes outside
 * the loader (placeholder pictures today) add or remove triples, which changes the size.
 *
 * <p>Why not a hash of the whole graph: that costs as much as writing the dump, on every request.
 * The one blind spot — a write outside the loader that replaces triples one for one — does not
 * exist yet; when curation lands, it should bump a version counter that joins this marker.
 */
final class ChangeMarker {

    /** Where the content loader records the corpus it loaded (see ContentLoader). */
    static final String LOAD_STATE = MuseumVocab.BASE + "load/corpus";

    private final GraphStore store;

    ChangeMarker(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    String current() {
        // The audit graph is read for this one literal, which only ever becomes a cache key.
        String corpus = store.select(MuseumGraph.AUDIT, ExportQueries.named("corpus-hash"),
                        Map.of("state", ResourceFactory.createResource(LOAD_STATE))).stream()
                .map(row -> row.getLiteral("hash").getLexicalForm())
                .findFirst()
                .orElse("none");
        return "size=" + store.size(MuseumGraph.PUBLIC) + ";corpus=" + corpus;
    }
}
