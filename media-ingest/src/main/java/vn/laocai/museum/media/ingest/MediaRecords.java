package vn.laocai.museum.media.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.laocai.museum.media.check.MediaRejected;
import vn.laocai.museum.media.check.RejectionCode;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.Queries;

/** What ingest reads from and writes to the graph: targets, known media, and descriptions. */
final class MediaRecords {

    /** A media resource the graph already describes: its object key, and whether the target links to it. */
    record Known(String key, boolean linked) {}

    private final GraphStore graph;

    MediaRecords(GraphStore graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Whether the target is a taxon on a conservation list; {@link MediaRejected} if it is no species, remedy or story. */
    boolean targetIsProtected(String target) {
        List<QuerySolution> rows = graph.select(MuseumGraph.PUBLIC, Queries.load(MediaRecords.class, "target"),
                Map.of("target", ResourceFactory.createResource(target)));
        if (rows.isEmpty()) {
            throw RejectionCode.UNKNOWN_TARGET.reject(target);
        }
        return rows.stream().anyMatch(row -> row.getLiteral("protected").getBoolean());
    }

    Optional<Known> known(String mediaIri, String target) {
        List<QuerySolution> rows = graph.select(MuseumGraph.PUBLIC, Queries.load(MediaRecords.class, "described"),
                Map.of("media", ResourceFactory.createResource(mediaIri), "target", ResourceFactory.createResource(target)));
        return rows.stream().findFirst()
                .map(row -> new Known(row.getLiteral("key").getString(), row.getLiteral("linked").getBoolean()));
    }

    /**
     * Checks the description against the museum's SHACL shapes, then adds it in one transaction. The
     * generated placeholders of a resource that gets a photograph or a 3D scan go in the same
     * transaction, with the link to them (pages need a description to show a picture); the orphan
     * sweep removes their objects.
     */
    void write(Model description) {
        ShaclValidator.museum().requireConforming(description, "the description");
        Model doomedLinks = ModelFactory.createDefaultModel();
        List<Resource> doomed = new ArrayList<>();
        for (Property relation : List.of(MuseumVocab.IMAGE, MuseumVocab.SUBJECT_OF)) {
            description.listSubjectsWithProperty(relation).forEachRemaining(target -> graph
                    .select(MuseumGraph.PUBLIC, Queries.load(MediaRecords.class, "placeholders"),
                            Map.of("target", target, "relation", relation))
                    .forEach(row -> {
                        Resource placeholder = row.getResource("placeholder");
                        doomedLinks.add(target, relation, placeholder);
                        doomed.add(placeholder);
                        if (row.contains("still")) {
                            doomed.add(row.getResource("still"));
                        }
                    }));
        }
        graph.write(writer -> {
            writer.remove(MuseumGraph.PUBLIC, doomedLinks);
            doomed.forEach(resource -> writer.removeResource(MuseumGraph.PUBLIC, resource));
            writer.add(MuseumGraph.PUBLIC, description);
        });
    }
}
