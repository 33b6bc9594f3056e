package vn.laocai.museum.ontology;

import java.util.Objects;

/** A short statement about a species: a traditional use, a safety note or a cultivation note. */
public record SpeciesNote(Kind kind, String text, boolean verified) {

    public enum Kind { USE, SAFETY, CULTIVATION }

    public SpeciesNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
