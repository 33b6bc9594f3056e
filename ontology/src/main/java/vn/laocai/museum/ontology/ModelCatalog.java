package vn.laocai.museum.ontology;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the public 3D models of all species, strategic herbs first, for a 3D collection.
 *
 * <pre>{@code
 * new ModelCatalog(store).list("vi").forEach(entry -> show(entry.title(), entry.model()));
 * }</pre>
 */
public final class ModelCatalog {

    /** A model with the species it shows ({@code title} in the asked language, or null). */
    public record Entry(String slug, String title, String scientificName, SpeciesModel model) {

        public Entry {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(model, "model");
        }
    }

    private final GraphStore store;

    public ModelCatalog(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public List<Entry> list(String language) {
        return store.select(MuseumGraph.PUBLIC, Queries.named("models"), Map.of("lang", QueryRows.language(language))).stream()
                .map(row -> new Entry(QueryRows.text(row, "slug"), QueryRows.text(row, "title"),
                        QueryRows.text(row, "scientificName"), SpeciesModel.of(row)))
                .toList();
    }
}
