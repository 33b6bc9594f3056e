package vn.laocai.museum.ontology;

import java.util.Map;
import java.util.Objects;

/**
 * One result of a SHACL validation: which node broke which rule, and why.
 *
 * @param focusNode the node that was checked: its full IRI, or {@code _:label} for a blank node
 * @param path the property path checked, in SPARQL syntax with the shapes' prefixes
 *     ({@code herb:slug}); null when the rule is about the node itself
 * @param value the offending value, Turtle-like with the shapes' prefixes ({@code "Tam thất"@xx});
 *     null when a value is missing rather than wrong
 * @param severity how bad it is
 * @param constraintComponent the kind of rule, e.g. {@code sh:MinCountConstraintComponent}
 * @param shape the rule itself, e.g. {@code hs:Taxon-slug} (see {@code shapes.ttl})
 * @param messages the rule's {@code sh:message} by language tag ({@code en}, {@code vi}); an
 *     untagged message, such as the engine's own, is under the empty tag
 */
public record ShapeViolation(String focusNode, String path, String value, Severity severity,
                             String constraintComponent, String shape, Map<String, String> messages) {

    /** SHACL's three severities. Only {@link #VIOLATION} is used by the museum's shapes today. */
    public enum Severity { VIOLATION, WARNING, INFO }

    public ShapeViolation {
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(constraintComponent, "constraintComponent");
        Objects.requireNonNull(shape, "shape");
        messages = Map.copyOf(messages);
    }

    /** The English message, else the untagged one, else any. */
    public String message() {
        return message("en");
    }

    /** The message in {@code language}, falling back as {@link #message()} does. */
    public String message(String language) {
        Objects.requireNonNull(language, "language");
        String message = messages.get(language);
        if (message == null) {
            message = messages.getOrDefault("en", messages.get(""));
        }
        if (message == null) {
            message = messages.values().stream().sorted().findFirst().orElse("");
        }
        return message;
    }

    /** One line for logs and test output. */
    @Override
    public String toString() {
        return focusNode + (path == null ? "" : " " + path) + (value == null ? "" : " = " + value)
                + ": " + message() + " [" + shape + ", " + constraintComponent + ", " + severity + "]";
    }
}
