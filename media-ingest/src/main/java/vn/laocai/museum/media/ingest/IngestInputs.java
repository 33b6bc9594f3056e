package vn.laocai.museum.media.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Turns the command line's inputs into ingest requests: a file is one request, a folder every
 * media file under it (hidden files and a {@code .gltf}'s buffers skipped), and a manifest
 * ({@code .csv}, {@code .yaml}/{@code .yml}) one request per row, its file paths read relative to
 * the manifest.
 *
 * <p>Manifest columns (CSV header or YAML keys): {@code file, target, title_vi, title_en, creator,
 * licence} (or {@code license}){@code , date, place}.
 */
public final class IngestInputs {

    private static final Set<String> MEDIA = Set.of("jpg", "jpeg", "png", "tif", "tiff", "webp", "glb", "gltf");
    private static final Set<String> MANIFESTS = Set.of("csv", "yaml", "yml");
    private static final Set<String> COLUMNS = Set.of("file", "target", "title_vi", "title_en", "creator", "licence", "license",
            "date", "place");

    private IngestInputs() {}

    /** The requests for these inputs; {@code defaults} gives target and description to plain files and folders. */
    public static List<IngestItem> expand(List<Path> inputs, IngestItem defaults) {
        List<IngestItem> items = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(Files::isRegularFile).filter(IngestInputs::isMedia).sorted()
                            .forEach(file -> items.add(defaults.forFile(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read folder " + input, e);
                }
            } else if (MANIFESTS.contains(extension(input))) {
                items.addAll(manifest(input));
            } else {
                items.add(defaults.forFile(input));
            }
        }
        return items;
    }

    /** The rows of a CSV or YAML manifest. */
    public static List<IngestItem> manifest(Path manifest) {
        List<Map<String, String>> rows = extension(manifest).equals("csv") ? csv(manifest) : yaml(manifest);
        Path base = manifest.toAbsolutePath().getParent();
        List<IngestItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = manifest.getFileName() + " row " + (i + 1);
            for (String column : row.keySet()) {
                if (!COLUMNS.contains(column)) {
                    throw new IllegalArgumentException(where + ": unknown column '" + column + "'; known: " + COLUMNS);
                }
            }
            String file = row.get("file");
            if (file == null || file.isBlank()) {
                throw new IllegalArgumentException(where + ": no file given");
            }
            Map<String, String> titles = new HashMap<>();
            putIfPresent(titles, "vi", row.get("title_vi"));
            putIfPresent(titles, "en", row.get("title_en"));
            String licence = row.get("licence") != null ? row.get("licence") : row.get("license");
            items.add(new IngestItem(base.resolve(file.strip()), where + " (" + file.strip() + ")", row.get("target"), titles,
                    blankToNull(row.get("creator")), blankToNull(licence), blankToNull(row.get("date")), blankToNull(row.get("place"))));
        }
        return items;
    }

    private static List<Map<String, String>> csv(Path manifest) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                record.toMap().forEach((key, value) -> row.put(key.strip().replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT), value));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read manifest " + manifest, e);
        }
    }

    private static List<Map<String, String>> yaml(Path manifest) {
        Object document;
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read manifest " + manifest, e);
        }
        if (document instanceof Map<?, ?> map && map.get("media") instanceof List<?> list) {
            document = list;
        }
        if (!(document instanceof List<?> list)) {
            throw new IllegalArgumentException(manifest + ": a YAML manifest is a list of rows (or a map with a 'media' list)");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(manifest + ": every row must be a map of columns");
            }
            Map<String, String> row = new LinkedHashMap<>();
            map.forEach((key, value) -> row.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
            rows.add(row);
        }
        return rows;
    }

    static boolean isMedia(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && MEDIA.contains(extension(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
