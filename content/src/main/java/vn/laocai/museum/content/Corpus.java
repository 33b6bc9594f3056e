package vn.laocai.museum.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads corpus files from a directory on disk. */
public final class Corpus {

    private Corpus() {}

    /** What the corpus holds, so one document can check its references to another. */
    record Index(java.util.Set<String> species, ReferenceData reference) {
        Index {
            species = java.util.Set.copyOf(species);
            java.util.Objects.requireNonNull(reference, "reference");
        }

        boolean hasSpecies(String slug) {
            return species.contains(slug);
        }
    }

    /** Every {@code .md} and {@code .ttl} file under {@code root}, with paths relative to it, in a stable order. */
    public static List<ContentFile> fromDirectory(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(".md") || path.toString().endsWith(".ttl"))
                    .sorted()
                    .map(path -> read(root, path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the corpus at " + root, e);
        }
    }

    private static ContentFile read(Path root, Path file) {
        try {
            String relative = root.relativize(file).toString().replace('\\', '/');
            return new ContentFile(relative, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
