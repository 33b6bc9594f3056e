package vn.laocai.museum.media.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * One file to ingest and what to say about it: the resource it shows, its title in Vietnamese and
 * English, who made it, under which licence, when and where.
 *
 * @param source where the request came from, for messages: the file, or "manifest.csv row 4"
 * @param target IRI of a species, remedy or story; {@code species/panax-notoginseng} is short for
 *               the full IRI under {@link MuseumVocab#ID}
 * @param titles title by language tag ({@code vi}, {@code en})
 */
public record IngestItem(Path file, String source, String target, Map<String, String> titles, String creator,
        String licence, String date, String place) {

    public IngestItem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    /** The target as a full IRI, or empty when none was given. */
    public Optional<String> targetIri() {
        if (target == null || target.isBlank()) {
            return Optional.empty();
        }
        String trimmed = target.strip();
        return Optional.of(trimmed.startsWith("http://") || trimmed.startsWith("https://") ? trimmed : MuseumVocab.ID + trimmed);
    }

    /** The same request for another file (a folder's files share what was said for the folder). */
    public IngestItem forFile(Path other) {
        return new IngestItem(other, other.toString(), target, titles, creator, licence, date, place);
    }
}
