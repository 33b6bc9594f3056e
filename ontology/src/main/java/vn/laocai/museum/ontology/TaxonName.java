package vn.laocai.museum.ontology;

import java.util.Objects;

/** One name of a species: its written form, language tag, status and whether a source confirms it. */
public record TaxonName(String form, String language, String status, boolean preferred, boolean verified) {

    public TaxonName {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(language, "language");
        status = status == null ? "vernacular" : status;
    }
}
