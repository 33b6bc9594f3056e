package vn.laocai.museum.app.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The example queries shipped under {@code sparql-examples/}, in file-name order (files start with
 * a number, so curators decide the order by renaming).
 *
 * <pre>{@code
 * SparqlExamples examples = SparqlExamples.packaged();
 * String first = examples.all().getFirst().query();
 * }</pre>
 */
final class SparqlExamples {

    static final String LOCATION = "classpath*:sparql-examples/*.rq";

    private final List<SparqlExample> all;

    SparqlExamples(List<SparqlExample> all) {
        this.all = List.copyOf(Objects.requireNonNull(all, "all"));
    }

    /** Every example packaged with the app; fails at start-up on a file without titles. */
    static SparqlExamples packaged() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(SparqlExamples.class.getClassLoader())
                    .getResources(LOCATION);
            List<SparqlExample> examples = new ArrayList<>();
            for (Resource file : files) {
                String name = Objects.requireNonNull(file.getFilename(), "file name");
                try (InputStream in = file.getInputStream()) {
                    examples.add(SparqlExample.parse(name.substring(0, name.length() - ".rq".length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            examples.sort(Comparator.comparing(SparqlExample::id));
            return new SparqlExamples(examples);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }

    List<SparqlExample> all() {
        return all;
    }
}
