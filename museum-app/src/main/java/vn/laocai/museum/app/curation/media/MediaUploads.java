package vn.laocai.museum.app.curation.media;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.app.curation.audit.AuditAction;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditRecorder;
import vn.laocai.museum.media.check.Rejection;
import vn.laocai.museum.media.ingest.IngestItem;
import vn.laocai.museum.media.ingest.IngestPipeline;
import vn.laocai.museum.media.ingest.ItemResult;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Queries;

/**
 * Curators' uploads through the same ingest as {@code ./museum ingest}: checked by content, stored
 * by checksum with renditions (or a poster) and stripped metadata, described and linked in the
 * public graph in one transaction — and one audit entry per file.
 *
 * <pre>{@code
 * UploadOutcome outcome = uploads.ingest(target, tempFile, "ruong.jpg", details, "lan", "203.0.113.9");
 * }</pre>
 */
public final class MediaUploads {

    private static final Logger log = LoggerFactory.getLogger(MediaUploads.class);

    private final GraphStore graph;
    private final IngestPipeline pipeline;
    private final AuditRecorder audit;
    private final Clock clock;

    public MediaUploads(GraphStore graph, IngestPipeline pipeline, AuditRecorder audit, Clock clock) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Ingests one received file for the target; never throws for a bad file. The caller removes the file afterwards. */
    public UploadOutcome ingest(UploadTarget target, Path file, String fileName, UploadDetails details, String actor, String address) {
        UploadOutcome outcome;
        if (!details.missing().isEmpty()) {
            outcome = UploadOutcome.rejected(fileName, UploadRefusal.missing(details.missing()));
        } else {
            IngestItem item = new IngestItem(file, fileName, target.iri(), details.titles(), details.creator(), details.licence(),
                    details.date(), details.place());
            outcome = outcome(fileName, pipeline.ingest(item));
        }
        record(target, outcome, actor, address);
        return outcome;
    }

    /** A rejection decided before the ingest (too large, cut off), recorded like any other. */
    public UploadOutcome refuse(UploadTarget target, String fileName, Rejection reason, String actor, String address) {
        UploadOutcome outcome = UploadOutcome.rejected(fileName, reason);
        record(target, outcome, actor, address);
        return outcome;
    }

    /** Whether the graph holds the species, remedy or story. */
    public boolean exists(UploadTarget target) {
        return !graph.select(MuseumGraph.PUBLIC, Queries.load(MediaUploads.class, "targets"), Map.of()).stream()
                .filter(row -> row.getResource("target").getURI().equals(target.iri())).toList().isEmpty();
    }

    /** Every species, remedy and story, with a name to show (title, scientific name or slug). */
    public List<Map.Entry<UploadTarget, String>> targets() {
        return graph.select(MuseumGraph.PUBLIC, Queries.load(MediaUploads.class, "targets"), Map.of()).stream()
                .flatMap(row -> UploadTarget.parse(kindOf(row.getResource("type").getLocalName()), row.getLiteral("slug").getString())
                        .map(target -> Map.entry(target, row.contains("name") ? row.getLiteral("name").getString() : target.slug()))
                        .stream())
                .toList();
    }

    /** The media the target links to now, real ones first. */
    public List<TargetMedia> media(UploadTarget target) {
        Map<String, RDFNode> bindings = Map.of("target", ResourceFactory.createResource(target.iri()));
        return graph.select(MuseumGraph.PUBLIC, Queries.load(MediaUploads.class, "target-media"), bindings).stream()
                .map(MediaUploads::media).toList();
    }

    private static TargetMedia media(QuerySolution row) {
        return new TargetMedia(row.getResource("media").getURI(), row.getLiteral("key").getString(),
                row.getLiteral("format").getString(), text(row, "title"), text(row, "creator"), text(row, "thumb"),
                row.contains("placeholder") && row.getLiteral("placeholder").getBoolean());
    }

    private static String text(QuerySolution row, String name) {
        if (!row.contains(name)) {
            return null;
        }
        RDFNode node = row.get(name);
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    private static String kindOf(String type) {
        return switch (type) {
            case "Taxon" -> "species";
            case "Remedy" -> "remedy";
            default -> "story";
        };
    }

    private static UploadOutcome outcome(String fileName, ItemResult result) {
        return switch (result.status()) {
            case STORED -> new UploadOutcome(fileName, UploadOutcome.Status.STORED, result.mediaIri(), null, result.warnings());
            case LINKED, UNCHANGED -> new UploadOutcome(fileName, UploadOutcome.Status.DUPLICATE, result.mediaIri(), null, result.warnings());
            case FAILED -> UploadOutcome.rejected(fileName, result.rejection());
        };
    }

    private void record(UploadTarget target, UploadOutcome outcome, String actor, String address) {
        AuditAction action = outcome.status() == UploadOutcome.Status.REJECTED ? AuditAction.MEDIA_REJECTED : AuditAction.MEDIA_UPLOADED;
        String detail = target.path() + " · " + outcome.fileName() + " · " + outcome.status().name().toLowerCase(java.util.Locale.ROOT)
                + (outcome.mediaIri() != null ? " " + outcome.mediaIri() : "") + (outcome.reason() != null ? ": " + outcome.reason() : "");
        // The audit's detail has no room left for them (200 characters); the log keeps them, in English.
        outcome.warnings().forEach(warning -> log.warn("{} · {}: {}", target.path(), outcome.fileName(), warning.text()));
        audit.record(new AuditEvent(clock.instant(), action, actor, "", address, detail));
    }
}
