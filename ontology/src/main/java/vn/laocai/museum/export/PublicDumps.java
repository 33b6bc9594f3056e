package vn.laocai.museum.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current dumps of the public graph.
 *
 * @param marker    the change marker of the graph they were made from
 * @param generated when they were written
 * @param triples   triples in each dump
 * @param turtle    the gzipped Turtle dump
 * @param nquads    the gzipped N-Quads dump
 */
public record PublicDumps(String marker, Instant generated, long triples, DumpFile turtle, DumpFile nquads) {

    public PublicDumps {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(turtle, "turtle");
        Objects.requireNonNull(nquads, "nquads");
    }

    public List<DumpFile> files() {
        return List.of(turtle, nquads);
    }

    /** The dump of that file name, or empty. */
    public Optional<DumpFile> file(String name) {
        return files().stream().filter(file -> file.name().equals(name)).findFirst();
    }
}
