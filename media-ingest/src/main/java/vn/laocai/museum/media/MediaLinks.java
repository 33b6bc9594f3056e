package vn.laocai.museum.media;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Queries;

/**
 * Keeps species, remedies and stories linked to their ingested media. Ingest writes the link on
 * both sides ({@code schema:image}/{@code schema:subjectOf} on the resource, {@code schema:about}
 * on the media); the content loader replaces a resource's triples when its text changes, which
 * drops the first. The media's side is the record: {@link #restore} puts back what is missing.
 * Idempotent.
 */
public final class MediaLinks {

    private final GraphStore graph;

    public MediaLinks(GraphStore graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Re-adds the links the media describe but the resources lack; returns how many. */
    public long restore() {
        Model missing = graph.construct(MuseumGraph.PUBLIC, Queries.load(MediaLinks.class, "media-links"), Map.of());
        if (!missing.isEmpty()) {
            graph.write(writer -> writer.add(MuseumGraph.PUBLIC, missing));
        }
        return missing.size();
    }
}
