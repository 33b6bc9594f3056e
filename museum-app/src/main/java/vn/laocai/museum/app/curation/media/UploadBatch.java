package vn.laocai.museum.app.curation.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.laocai.museum.media.check.GltfCheck;
import vn.laocai.museum.media.check.MediaRejected;
import vn.laocai.museum.media.check.Rejection;

/**
 * The files of one upload, side by side in one temporary folder under their own names, so that a
 * {@code .gltf} finds the {@code .bin} buffers and textures chosen with it just as
 * {@code ./museum ingest} finds them beside it on disk. A name that is not a plain file name
 * ({@code ../x.bin}, {@code /etc/x}, {@code C:x}) never reaches the disk.
 *
 * <pre>{@code
 * UploadBatch batch = UploadBatch.create();
 * batch.add("grid.gltf", received);  // empty when kept, else why not
 * List<UploadBatch.Group> groups = batch.groups();   // grid.gltf with grid.bin; photo.jpg alone
 * }</pre>
 */
final class UploadBatch {

    /** One thing to ingest: a file, or a {@code .gltf} with the files of this upload it names. */
    record Group(String name, Path file, List<String> siblings) {
        Group {
            siblings = List.copyOf(siblings);
        }
    }

    private static final int MAX_NAME = 200;
    private final Path folder;
    private final Map<String, Path> files = new LinkedHashMap<>();

    private UploadBatch(Path folder) {
        this.folder = folder;
    }

    static UploadBatch create() {
        try {
            return new UploadBatch(Files.createTempDirectory("museum-upload-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the name is one file's own name: no folder, no parent, no drive, nothing unprintable. */
    static boolean plainName(String name) {
        return name != null && !name.isBlank() && name.length() <= MAX_NAME && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c));
    }

    /** Moves the received file in under its name; the reason when the name is unsafe or taken already. */
    synchronized Optional<Rejection> add(String name, Path received) throws IOException {
        if (!plainName(name)) {
            return Optional.of(UploadRefusal.UNSAFE_NAME.with(name == null ? "" : name));
        }
        if (files.containsKey(name)) {
            return Optional.of(UploadRefusal.DUPLICATE_NAME.with(name));
        }
        Path file = folder.resolve(name);
        Files.move(received, file, StandardCopyOption.REPLACE_EXISTING);
        files.put(name, file);
        return Optional.empty();
    }

    synchronized boolean isEmpty() {
        return files.isEmpty();
    }

    synchronized Set<String> names() {
        return Set.copyOf(files.keySet());
    }

    /**
     * What to ingest: each {@code .gltf} with the files of this upload its buffers and images name,
     * then every other file on its own, in the order they arrived.
     */
    synchronized List<Group> groups() {
        Map<String, List<String>> models = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).endsWith(".gltf")) {
                List<String> siblings = siblings(entry.getValue());
                models.put(entry.getKey(), siblings);
                taken.addAll(siblings);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            if (models.containsKey(entry.getKey())) {
                groups.add(new Group(entry.getKey(), entry.getValue(), models.get(entry.getKey())));
            } else if (!taken.contains(entry.getKey())) {
                groups.add(new Group(entry.getKey(), entry.getValue(), List.of()));
            }
        }
        return groups;
    }

    /** The files of this upload the model names; a name outside the folder is left to the ingest to refuse. */
    private List<String> siblings(Path gltf) {
        try {
            List<String> siblings = new ArrayList<>();
            for (String uri : new GltfCheck().siblingUris(Files.readAllBytes(gltf))) {
                String name = URLDecoder.decode(uri, StandardCharsets.UTF_8);
                if (files.containsKey(name) && !name.equals(gltf.getFileName().toString())) {
                    siblings.add(name);
                }
            }
            return siblings;
        } catch (MediaRejected | IOException | IllegalArgumentException e) {
            return List.of(); // the ingest says what is wrong with it
        }
    }

    /** Removes the folder and everything in it. */
    void delete() {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left in the system's temporary folder; nothing points to it.
        }
    }

    Path folder() {
        return folder;
    }
}
