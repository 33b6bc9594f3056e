package vn.laocai.museum.ontology;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;

/**
 * Checks RDF against the museum's SHACL shapes, {@code shapes.ttl} beside this class: what the
 * content loader and the media seeder must write into the public graph. A change to either that
 * breaks the graph's contract shows up here as a violation, not as a blank field on a page.
 *
 * <pre>{@code
 * List<ShapeViolation> violations = ShaclValidator.museum().validate(model);
 * }</pre>
 *
 * <p>The shapes are parsed once and never change, and each validation keeps its state to itself,
 * so the one instance serves every thread.
 */
public final class ShaclValidator {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<ShapeViolation> ORDER = Comparator
            .comparing(ShapeViolation::focusNode)
            .thenComparing(ShapeViolation::path, NULLS_FIRST)
            .thenComparing(ShapeViolation::shape)
            .thenComparing(ShapeViolation::value, NULLS_FIRST);

    private final Shapes shapes;
    // The shapes file's prefixes, so paths and values read as they are written there (herb:slug).
    private final PrefixMapping prefixes;

    private ShaclValidator(Model shapes) {
        this.shapes = Shapes.parse(shapes.getGraph());
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(shapes).lock();
    }

    /** The validator for the museum's shapes. */
    public static ShaclValidator museum() {
        return Holder.MUSEUM;
    }

    /** Every result of validating {@code data}, in a stable order; empty when the data conforms. */
    public List<ShapeViolation> validate(Model data) {
        Objects.requireNonNull(data, "data");
        return validate(data.getGraph());
    }

    /**
     * Throws {@link IllegalStateException} naming every violation unless {@code data} conforms;
     * for writers that must not store what breaks the shapes ({@code what}: "the description").
     */
    public void requireConforming(Model data, String what) {
        List<ShapeViolation> violations = validate(data);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(what + " does not conform to the museum's shapes: "
                    + violations.stream().map(ShapeViolation::toString).collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    /** As {@link #validate(Model)}, for a graph. */
    public List<ShapeViolation> validate(Graph data) {
        Objects.requireNonNull(data, "data");
        return org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data).getEntries().stream()
                .map(this::violation)
                .sorted(ORDER)
                .toList();
    }

    private ShapeViolation violation(ReportEntry entry) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Node message : entry.messages()) {
            if (message.isLiteral()) {
                messages.putIfAbsent(message.getLiteralLanguage(), message.getLiteralLexicalForm());
            }
        }
        return new ShapeViolation(
                focus(entry.focusNode()),
                entry.resultPath() == null ? null : PathWriter.asString(entry.resultPath(), new Prologue(prefixes)),
                entry.value() == null ? null : entry.value().toString(prefixes),
                severity(entry.severity()),
                term(entry.sourceConstraintComponent()),
                term(entry.source()),
                messages);
    }

    // Focus nodes stay full IRIs: callers look them up, and data IRIs have no prefix in the shapes.
    private static String focus(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
    }

    private String term(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return prefixes.shortForm(node.getURI());
        }
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString(prefixes);
    }

    private static ShapeViolation.Severity severity(Severity severity) {
        if (Severity.Warning.equals(severity)) {
            return ShapeViolation.Severity.WARNING;
        }
        return Severity.Info.equals(severity) ? ShapeViolation.Severity.INFO : ShapeViolation.Severity.VIOLATION;
    }

    // Parsed on first use, not when the class loads, so a broken file fails the caller that needs it.
    private static final class Holder {
        static final ShaclValidator MUSEUM = new ShaclValidator(OntologyResources.turtle("shapes.ttl"));
    }
}
