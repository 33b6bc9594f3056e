package vn.laocai.museum.ontology;

import java.util.List;
import java.util.Objects;

/** Everything the species page shows, in one language. */
public record SpeciesDetail(
        SpeciesSummary summary,
        String authorship,
        String narrativeMarkdown,
        List<TaxonName> names,
        List<SpeciesNote> notes,
        List<SpeciesImage> images,
        List<SpeciesModel> models) {

    public SpeciesDetail {
        Objects.requireNonNull(summary, "summary");
        authorship = authorship == null ? "" : authorship;
        narrativeMarkdown = narrativeMarkdown == null ? "" : narrativeMarkdown;
        names = List.copyOf(names);
        notes = List.copyOf(notes);
        images = List.copyOf(images);
        models = List.copyOf(models);
    }

    /** The keys of the pictures as a page shows them, real photographs first. */
    public List<String> imageKeys() {
        return images.stream().map(SpeciesImage::key).toList();
    }

    public List<SpeciesNote> notes(SpeciesNote.Kind kind) {
        return notes.stream().filter(note -> note.kind() == kind).toList();
    }
}
