package vn.laocai.museum.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentFile;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.content.LoadReport;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/**
 * The corpus: what it holds (documents by kind, names by language), how long a full load takes
 * into an empty TDB2 store, and how long a reload takes after one file changed — the peer of the
 * full load in the same run.
 */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = "Corpus counts, full load time, and reload time after one file changes.")
final class ContentBench implements Callable<Integer> {

    @Option(names = "--runs", description = "Timed runs of each kind (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Override
    public Integer call() throws Exception {
        List<ContentFile> corpus = PackagedCorpus.packaged();
        double[] full = new double[runs];
        double[] incremental = new double[runs];
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> names = new TreeMap<>();
        for (int run = 0; run < runs; run++) {
            Path directory = Files.createTempDirectory("museum-content-bench-");
            try (Tdb2GraphStore store = Tdb2GraphStore.open(directory)) {
                ContentLoader loader = new ContentLoader(store);
                long started = System.nanoTime();
                LoadReport report = loader.load(corpus);
                full[run] = (System.nanoTime() - started) / 1e6;
                for (String kind : List.of("species", "remedies", "knowledge", "stories")) {
                    counts.put(kind, report.count(kind));
                }
                List<ContentFile> edited = editOne(corpus, run);
                started = System.nanoTime();
                LoadReport reload = loader.loadIfChanged(edited);
                incremental[run] = (System.nanoTime() - started) / 1e6;
                if (reload.documents().size() != 1) {
                    throw new IllegalStateException("Expected one document rewritten, got " + reload.documents());
                }
                if (run == 0) {
                    names.putAll(namesByLanguage(store));
                }
            } finally {
                delete(directory);
            }
        }
        System.out.println("Corpus: " + corpus.size() + " files; documents " + counts);
        System.out.println("Names by language (public graph): " + names + ", total "
                + names.values().stream().mapToLong(Long::longValue).sum());
        System.out.printf("full load into an empty TDB2 store   median %7.1f ms (runs %s)%n", median(full), Arrays.toString(rounded(full)));
        System.out.printf("reload after one file changed        median %7.1f ms (runs %s)%n", median(incremental),
                Arrays.toString(rounded(incremental)));
        System.out.printf("ratio full/reload (median): %.1fx%n", median(full) / median(incremental));
        return 0;
    }

    private static List<ContentFile> editOne(List<ContentFile> corpus, int run) {
        List<ContentFile> edited = new ArrayList<>();
        for (ContentFile file : corpus) {
            edited.add(file.path().equals("species/panax-notoginseng.en.md")
                    ? new ContentFile(file.path(), file.text() + "\nEdited for the benchmark, run " + run + ".\n")
                    : file);
        }
        return edited;
    }

    private static Map<String, Long> namesByLanguage(Tdb2GraphStore store) {
        Map<String, Long> names = new TreeMap<>();
        store.select(MuseumGraph.PUBLIC, QueryFactory.create("""
                PREFIX skosxl: <http://www.w3.org/2008/05/skos-xl#>
                SELECT ?lang (COUNT(*) AS ?n) WHERE { ?name skosxl:literalForm ?form BIND(LANG(?form) AS ?lang) } GROUP BY ?lang"""),
                Map.of()).forEach(row -> names.put(row.getLiteral("lang").getString(), row.getLiteral("n").getLong()));
        return names;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] rounded(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static void delete(Path directory) throws java.io.IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
