package vn.laocai.museum.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchDocument;
import vn.laocai.museum.search.SearchIndex;
import vn.laocai.museum.search.SearchRequest;

/**
 * The search index on the corpus plus generated herbs: how long it takes to build and how big it
 * is, the latency and throughput of a seeded query mix on one and two threads, suggestion latency,
 * and the same queries answered the naive way — a case-insensitive SPARQL regex over every name in
 * the same TDB2 graph — as the peer in the same run.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Lucene search with facets and highlights against a SPARQL regex over the same names.")
final class SearchBench implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(SearchBench.class);
    private static final String BASELINE = """
            PREFIX skosxl: <http://www.w3.org/2008/05/skos-xl#>
            SELECT DISTINCT ?taxon WHERE {
              ?taxon skosxl:prefLabel|skosxl:altLabel ?label .
              ?label skosxl:literalForm ?name .
              FILTER(regex(?name, ?pattern, "i"))
            } LIMIT 10""";

    @Option(names = "--docs", description = "Generated herbs added to the corpus (default: ${DEFAULT-VALUE}).")
    int docs = 50_000;

    @Option(names = "--queries", description = "Queries in the mix (default: ${DEFAULT-VALUE}).")
    int queries = 1_000;

    @Option(names = "--baseline-sample", description = "Queries of the mix also sent to the SPARQL baseline; 0 for all (default: ${DEFAULT-VALUE}).")
    int baselineSample = 50;

    @Option(names = "--seed", description = "Seed of the generated herbs and the mix (default: ${DEFAULT-VALUE}).")
    long seed = 20_260_601L;

    @Option(names = "--quick", description = "5,000 generated herbs, 200 queries, 20 for the baseline: checks the bench works.")
    boolean quick;

    @Option(names = "--work-dir", description = "Where the graph and the index go; default: a temporary directory, deleted after.")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        if (quick) {
            docs = 5_000;
            queries = 200;
            baselineSample = 20;
        }
        Path work = workDir == null ? Files.createTempDirectory("museum-search-bench-") : Files.createDirectories(workDir);
        try {
            System.out.print(run(work).table());
            return 0;
        } finally {
            if (workDir == null) {
                delete(work);
            }
        }
    }

    SearchBenchReport run(Path work) throws Exception {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(work.resolve("graph"));
                SearchIndex index = SearchIndex.open(work.resolve("index"))) {
            new ContentLoader(store).load(PackagedCorpus.packaged());
            List<SearchDocument> corpus = new GraphIndexer(store, index).documents();
            List<SyntheticHerbs.Herb> herbs = new SyntheticHerbs(seed).generate(docs);
            log.info("Writing {} generated herbs into the graph", herbs.size());
            writeToGraph(store, herbs);
            List<SearchDocument> all = new ArrayList<>(corpus);
            herbs.forEach(herb -> all.add(herb.document()));

            log.info("Indexing {} documents", all.size());
            long started = System.nanoTime();
            index.rebuild(all);
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            long indexBytes = size(work.resolve("index"));

            SearchQueryMix mix = new SearchQueryMix(seed, corpus, all.subList(corpus.size(), all.size()));
            List<String> mixQueries = mix.queries(queries);
            List<String> prefixes = mix.prefixes(queries);
            SearchTimer timer = new SearchTimer(index);
            timer.warmUp(mixQueries, prefixes);
            SearchTimer.Run single = timer.search(mixQueries, 1);
            SearchTimer.Run two = timer.search(mixQueries, 2);
            SearchTimer.Run suggest = timer.suggest(prefixes);
            SearchTimer.Run suggestInside = timer.suggest(mix.infixes(queries));
            List<String> sample = baselineSample <= 0 || baselineSample >= mixQueries.size() ? mixQueries
                    : mixQueries.subList(0, baselineSample);
            log.info("Timed {} queries and {} suggestions; now {} of the queries as a SPARQL regex", mixQueries.size(),
                    prefixes.size(), sample.size());
            SearchTimer.Run baseline = baseline(store, sample);
            SearchTimer.Run sameSample = timer.search(sample, 1);
            return new SearchBenchReport(corpus.size(), herbs.size(), index.count(), buildSeconds, indexBytes, single, two, suggest,
                    suggestInside, sameSample, baseline);
        }
    }

    private static void writeToGraph(Tdb2GraphStore store, List<SyntheticHerbs.Herb> herbs) {
        int batch = 5_000;
        for (int from = 0; from < herbs.size(); from += batch) {
            Model model = ModelFactory.createDefaultModel();
            herbs.subList(from, Math.min(herbs.size(), from + batch)).forEach(herb -> herb.describe(model));
            store.write(writer -> writer.add(MuseumGraph.PUBLIC, model));
        }
    }

    /** The naive way: a case-insensitive regex over every name literal, the query text quoted, first page only. */
    private static SearchTimer.Run baseline(Tdb2GraphStore store, List<String> sample) {
        Query query = QueryFactory.create(BASELINE);
        // One untimed query first: the page cache and the JIT would otherwise bill the first one.
        store.select(MuseumGraph.PUBLIC, query, Map.of("pattern", ResourceFactory.createPlainLiteral("warm")));
        double[] millis = new double[sample.size()];
        long hits = 0;
        long wallStarted = System.nanoTime();
        for (int i = 0; i < sample.size(); i++) {
            long started = System.nanoTime();
            hits += store.select(MuseumGraph.PUBLIC, query,
                    Map.of("pattern", ResourceFactory.createPlainLiteral(quote(sample.get(i))))).size();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return new SearchTimer.Run(new QueryTiming("baseline", hits, millis), (System.nanoTime() - wallStarted) / 1e9);
    }

    /** The text as a regex that matches it literally: XPath regex metacharacters escaped. */
    static String quote(String text) {
        return text.replaceAll("[\\\\.^$|?*+()\\[\\]{}-]", "\\\\$0");
    }

    private static long size(Path directory) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path directory) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
