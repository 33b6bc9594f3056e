package vn.laocai.museum.media.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.media.ListedObject;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Queries;

/**
 * Removes stored objects that no description in the graph points to — what an ingest stopped
 * between storing and describing leaves behind — and reports descriptions whose object is
 * missing. Objects younger than the grace period are kept: an ingest running elsewhere may be
 * about to describe them.
 *
 * <pre>{@code
 * OrphanSweep.Result result = new OrphanSweep(graph, media, Clock.systemUTC()).sweep(Duration.ofMinutes(10));
 * }</pre>
 */
public final class OrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);
    /** Every graph that may describe media; the audit graph records changes, not media. */
    private static final List<MuseumGraph> DESCRIBING = List.of(MuseumGraph.PUBLIC, MuseumGraph.RESTRICTED, MuseumGraph.DRAFTS);

    /** @param removed orphan keys removed; @param missing keys the graph points to that the store lacks */
    public record Result(List<String> removed, List<String> missing, int referenced) {}

    private final GraphStore graph;
    private final MediaStore media;
    private final Clock clock;

    public OrphanSweep(GraphStore graph, MediaStore media, Clock clock) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.media = Objects.requireNonNull(media, "media");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Result sweep(Duration grace) {
        Instant cutoff = clock.instant().minus(grace);
        Set<String> referenced = referencedKeys(graph);
        Set<String> present = new HashSet<>();
        List<String> removed = new ArrayList<>();
        for (ListedObject object : media.list()) {
            present.add(object.key());
            if (!referenced.contains(object.key()) && !object.lastModified().isAfter(cutoff)) {
                media.delete(object.key());
                removed.add(object.key());
            }
        }
        List<String> missing = referenced.stream().filter(key -> !present.contains(key)).sorted().toList();
        if (!removed.isEmpty() || !missing.isEmpty()) {
            log.info("Orphan sweep removed {} objects; {} described objects are missing", removed.size(), missing.size());
        }
        return new Result(removed, missing, referenced.size());
    }

    /** Every object key any describing graph points to. */
    static Set<String> referencedKeys(GraphStore graph) {
        Query query = Queries.load(OrphanSweep.class, "object-keys");
        Set<String> keys = new HashSet<>();
        for (MuseumGraph named : DESCRIBING) {
            graph.select(named, query, Map.of()).forEach(row -> keys.add(row.getLiteral("key").getString()));
        }
        return keys;
    }
}
