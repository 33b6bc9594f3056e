package vn.laocai.museum.app.curation.editorial;

import java.time.Instant;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * One recorded step in a document's history: a publication (with the text it published), an
 * archiving, or a revert (with the reason given).
 *
 * @param id     the IRI of the PROV-O revision entity
 * @param action the kind and the step, e.g. {@code remedy-published}
 */
public record HistoryEntry(String id, String action, String who, Instant time, Optional<Model> text, String reason) {

    /** The step without the kind: {@code published}, {@code archived} or {@code reverted}. */
    public String step() {
        return action.substring(action.lastIndexOf('-') + 1);
    }
}
