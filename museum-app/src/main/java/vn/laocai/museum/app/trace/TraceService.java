package vn.laocai.museum.app.trace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.laocai.museum.app.sector.StaffEdits;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Queries;

/**
 * Follows a trace code through the public graph: lot, processing steps, harvest, growing area,
 * species, and the certifications valid on the harvest day.
 *
 * <pre>{@code
 * new TraceService(store).trace(DigitalLink.parse("/01/02000000000015/10/TDQ-2503-01").orElseThrow(), "en");
 * }</pre>
 */
public final class TraceService {

    /** What a scanned code is: a lot of ours, a lot whose code was withdrawn, or nothing we know. */
    public enum Status { FOUND, REVOKED, UNKNOWN }

    private final GraphStore store;
    private final StaffEdits staffEdits;

    public TraceService(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.staffEdits = new StaffEdits(store);
    }

    /** Whether staff entered or corrected a growing area or certification the page shows, and on which day they last saved it. */
    public Optional<StaffEdits.Edit> staffEdit(String iri) {
        return staffEdits.newest(List.of(iri));
    }

    public Status status(DigitalLink code) {
        return trace(code, "vi").map(chain -> chain.lot().revoked() ? Status.REVOKED : Status.FOUND).orElse(Status.UNKNOWN);
    }

    /** The chain behind a code, texts in {@code language}; empty for a code no public lot has. */
    public Optional<TraceChain> trace(DigitalLink code, String language) {
        Objects.requireNonNull(code, "code");
        Literal lang = ResourceFactory.createPlainLiteral(language);
        List<QuerySolution> lots = store.select(MuseumGraph.PUBLIC, query("lot"), Map.of(
                "gtin", ResourceFactory.createPlainLiteral(code.gtin().digits()),
                "lot", ResourceFactory.createPlainLiteral(code.lot()), "lang", lang));
        if (lots.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution row = lots.getFirst();
        TraceChain.Lot lot = new TraceChain.Lot(row.getResource("item").getURI(), code, text(row, "name"),
                bool(row, "revoked"), text(row, "note"), number(row, "kg"), bool(row, "sample"), text(row, "productName"),
                row.contains("stars") ? row.getLiteral("stars").getInt() : null);
        List<TraceChain.Step> steps = new ArrayList<>();
        TraceChain.Step harvestStep = null;
        for (QuerySolution activity : store.select(MuseumGraph.PUBLIC, query("lot-steps"),
                Map.of("last", row.getResource("last"), "lang", lang))) {
            TraceChain.Step step = step(activity);
            if (activity.getResource("kind").getURI().endsWith("#Harvest")) {
                harvestStep = step;
            } else {
                steps.add(step);
            }
        }
        if (harvestStep == null) {
            return Optional.empty();
        }
        TraceChain.Harvest harvest = harvest(harvestStep, lang);
        LocalDate day = harvestStep.time().toLocalDate();
        List<TraceChain.Certification> valid = certifications(harvest.areaIri()).stream()
                .filter(certification -> certification.validOn(day))
                .toList();
        return Optional.of(new TraceChain(lot, steps, harvest, valid));
    }

    /** Every certification of a growing area, valid or not. */
    public List<TraceChain.Certification> certifications(String areaIri) {
        return store.select(MuseumGraph.PUBLIC, query("certifications"),
                        Map.of("area", ResourceFactory.createResource(areaIri))).stream()
                .map(row -> new TraceChain.Certification(row.getResource("certification").getURI(), text(row, "scheme"),
                        text(row, "number"), LocalDate.parse(text(row, "from")), LocalDate.parse(text(row, "to")),
                        !row.contains("status") || row.getResource("status").getURI().endsWith("CertificationActive")))
                .toList();
    }

    private TraceChain.Harvest harvest(TraceChain.Step step, Literal lang) {
        QuerySolution row = store.select(MuseumGraph.PUBLIC, query("harvest"),
                Map.of("harvest", ResourceFactory.createResource(step.iri()), "lang", lang)).getFirst();
        String part = row.getResource("part").getLocalName().replaceFirst("^part-", "");
        return new TraceChain.Harvest(step, row.getResource("area").getURI(), text(row, "code"), number(row, "areaHa"),
                bool(row, "canopy"), text(row, "speciesSlug"), text(row, "speciesTitle"), text(row, "scientificName"), part);
    }

    private static TraceChain.Step step(QuerySolution row) {
        return new TraceChain.Step(row.getResource("activity").getURI(),
                OffsetDateTime.parse(row.getLiteral("time").getLexicalForm()), row.getResource("place").getURI(),
                text(row, "placeName"), text(row, "method"), text(row, "agentName"), number(row, "kg"),
                row.contains("input") ? row.getResource("input").getURI() : null, text(row, "communeName"),
                text(row, "districtName"), row.contains("currentName") ? new TraceChain.CurrentCommune(text(row, "currentName"),
                        row.getLiteral("currentWard").getBoolean(), !row.contains("currentVerified") || row.getLiteral("currentVerified").getBoolean())
                        : null);
    }

    private static org.apache.jena.query.Query query(String name) {
        return Queries.load(TraceService.class, name);
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    private static boolean bool(QuerySolution row, String variable) {
        return row.contains(variable) && row.getLiteral(variable).getBoolean();
    }

    private static Double number(QuerySolution row, String variable) {
        return row.contains(variable) ? row.getLiteral(variable).getDouble() : null;
    }
}
