package vn.laocai.museum.app.sector;

import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Property;

/**
 * One column of a sector table: its CSV name, what its values must be, and the property that holds
 * it in the graph ({@code null} when the table maps it itself).
 *
 * @param language  for a text column, the language tag of its literal ({@code vi}, {@code en}), else null
 * @param choices   the allowed values of a choice column
 * @param iriBase   for a choice column whose values are resources, their IRI before the value; for a
 *                  reference or references, the path under the museum's ids ({@code species/})
 * @param types     for a reference or references, the classes one of which each resource must have
 * @param min       the smallest allowed value of a number (null: 0), an integer or a year
 * @param max       the largest allowed value of an integer or a year, or null
 */
public record SectorColumn(String name, Kind kind, boolean required, Property property, String language, List<String> choices,
        String iriBase, List<String> types, Integer min, Integer max) {

    /** What a column holds; each kind has one check and one RDF datatype. */
    public enum Kind { ID, TEXT, NUMBER, INTEGER, DATE, YEAR, BOOLEAN, CHOICE, REFERENCE, REFERENCES }

    /** What separates the slugs of a {@link Kind#REFERENCES} column: {@code angelica-sinensis;ligusticum-chuanxiong}. */
    public static final String SEPARATOR = ";";

    public SectorColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** The record's own slug: the last segment of its IRI. */
    static SectorColumn id(String name) {
        return new SectorColumn(name, Kind.ID, true, null, null, null, null, null, null, null);
    }

    static SectorColumn text(String name, boolean required, Property property, String language) {
        return new SectorColumn(name, Kind.TEXT, required, property, language, null, null, null, null, null);
    }

    static SectorColumn of(String name, Kind kind, boolean required, Property property) {
        return new SectorColumn(name, kind, required, property, null, null, null, null, null, null);
    }

    static SectorColumn integer(String name, boolean required, Property property, int min, int max) {
        return new SectorColumn(name, Kind.INTEGER, required, property, null, null, null, null, min, max);
    }

    static SectorColumn choice(String name, boolean required, Property property, String iriBase, List<String> choices) {
        return new SectorColumn(name, Kind.CHOICE, required, property, null, choices, iriBase, null, null, null);
    }

    static SectorColumn reference(String name, boolean required, Property property, String path, String... types) {
        return new SectorColumn(name, Kind.REFERENCE, required, property, null, null, path, List.of(types), null, null);
    }

    /** Several references in one cell, separated by {@link #SEPARATOR}; the property gets one value each. */
    static SectorColumn references(String name, boolean required, Property property, String path, String... types) {
        return new SectorColumn(name, Kind.REFERENCES, required, property, null, null, path, List.of(types), null, null);
    }

    /** Whether the column points at resources of the museum by their slugs. */
    boolean references() {
        return kind == Kind.REFERENCE || kind == Kind.REFERENCES;
    }

    /** The slugs a value names: one for a reference, each one of a list of references. */
    List<String> slugs(String value) {
        String clean = SectorValues.clean(value);
        if (kind != Kind.REFERENCES) {
            return clean.isEmpty() ? List.of() : List.of(clean);
        }
        return java.util.Arrays.stream(clean.split(SEPARATOR)).map(String::strip).filter(slug -> !slug.isEmpty()).distinct().sorted()
                .toList();
    }
}
