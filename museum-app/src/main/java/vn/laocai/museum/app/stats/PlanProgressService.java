package vn.laocai.museum.app.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.laocai.museum.app.sector.StaffEdits;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.Queries;

/**
 * The plan's targets against the public graph. An indicator the province reports as one figure
 * (area, output, value) takes its newest statistic; the others are counted or summed from the
 * records (facilities opened since 2026, OCOP products of 3 stars or more, value chains,
 * certifications granted since 2026, under-canopy projects, growing areas). The yearly output
 * and prices behind the charts come from the same graph.
 *
 * <pre>{@code
 * List<Progress> rows = new PlanProgressService(store).progress("vi");
 * }</pre>
 */
public final class PlanProgressService {

    /** The indicators in the order the plan lists them; the dashboard and the report follow it. */
    static final List<String> PLAN_ORDER = List.of("herb-area", "herb-output", "processed-value", "cinnamon-area",
            "cinnamon-bark", "cinnamon-value", "cinnamon-certified", "new-facilities", "ocop-products", "value-chains",
            "new-certifications", "canopy-projects", "concentrated-area");
    /** Indicators counted or summed from records, each by its own query. */
    static final Set<String> COUNTED = Set.of("new-facilities", "ocop-products", "value-chains", "new-certifications",
            "canopy-projects", "concentrated-area");

    private final GraphStore store;
    private final StaffEdits staffEdits;

    public PlanProgressService(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.staffEdits = new StaffEdits(store);
    }

    public List<Progress> progress(String language) {
        Map<String, QuerySolution> newest = new LinkedHashMap<>();
        for (QuerySolution row : select("statistics", Map.of("lang", lang(language)))) {
            newest.putIfAbsent(text(row, "indicator"), row);
        }
        List<Progress> rows = new ArrayList<>();
        for (QuerySolution target : select("plan-targets", Map.of("lang", lang(language)))) {
            String indicator = text(target, "indicator");
            double goal = target.getLiteral("value").getDouble();
            String unit = text(target, "unit");
            int year = Integer.parseInt(text(target, "year"));
            String name = text(target, "name");
            if (COUNTED.contains(indicator)) {
                QuerySolution count = select(indicator, Map.of()).getFirst();
                double value = count.contains("value") ? count.getLiteral("value").getDouble() : 0;
                int samples = count.contains("samples") ? count.getLiteral("samples").getInt() : 0;
                List<String> records = count.contains("records") ? java.util.Arrays.stream(text(count, "records").split(" ")).filter(iri -> !iri.isBlank()).toList() : List.of();
                rows.add(new Progress(indicator, name, goal, unit, year, text(target, "sourceTitle"), text(target, "sourceUrl"),
                        value, null, null, null, null, samples, staffEdits.newest(records).orElse(null)));
            } else {
                QuerySolution statistic = newest.get(indicator);
                rows.add(statistic == null
                        ? new Progress(indicator, name, goal, unit, year, text(target, "sourceTitle"), text(target, "sourceUrl"),
                                null, null, null, null, null, 0, null)
                        : new Progress(indicator, name, goal, unit, year, text(target, "sourceTitle"), text(target, "sourceUrl"),
                                statistic.getLiteral("value").getDouble(), Integer.parseInt(text(statistic, "year")),
                                blankToNull(text(statistic, "sources")), text(statistic, "sourceUrl"), text(statistic, "note"),
                                statistic.getLiteral("sample").getBoolean() ? 1 : 0, null));
            }
        }
        rows.sort(java.util.Comparator.comparingInt(row -> PLAN_ORDER.indexOf(row.indicator())));
        return rows;
    }

    /** Area and output of all yearly records, by year. */
    public List<SectorFigures.YearTotal> outputByYear() {
        return select("output-by-year", Map.of()).stream()
                .map(row -> new SectorFigures.YearTotal(Integer.parseInt(text(row, "year")), row.getLiteral("area").getDouble(),
                        row.getLiteral("tonnes").getDouble(), row.getLiteral("samples").getInt()))
                .toList();
    }

    /** The newest year with yearly records, or 0 when there are none. */
    public int latestYear() {
        return outputByYear().stream().mapToInt(SectorFigures.YearTotal::year).max().orElse(0);
    }

    public List<SectorFigures.Share> outputBySpecies(int year, String language) {
        return select("output-by-species", Map.of("year", gYear(year), "lang", lang(language))).stream()
                .map(row -> new SectorFigures.Share(text(row, "species"), text(row, "name"), null,
                        row.getLiteral("area").getDouble(), row.getLiteral("tonnes").getDouble()))
                .toList();
    }

    public List<SectorFigures.Share> outputByCommune(int year) {
        return select("output-by-commune", Map.of("year", gYear(year))).stream()
                .map(row -> new SectorFigures.Share(text(row, "commune"), text(row, "name"), text(row, "district"),
                        row.getLiteral("area").getDouble(), row.getLiteral("tonnes").getDouble()))
                .toList();
    }

    /** Price series, one per species, in date order. */
    public List<SectorFigures.Series> prices(String language) {
        Map<String, List<SectorFigures.Price>> series = new LinkedHashMap<>();
        for (QuerySolution row : select("prices", Map.of("lang", lang(language)))) {
            SectorFigures.Price price = new SectorFigures.Price(text(row, "species"), text(row, "name"), text(row, "date"),
                    row.getLiteral("price").getDouble());
            series.computeIfAbsent(price.name(), key -> new ArrayList<>()).add(price);
        }
        return series.entrySet().stream().map(entry -> new SectorFigures.Series(entry.getKey(), entry.getValue())).toList();
    }

    private List<QuerySolution> select(String name, Map<String, RDFNode> bindings) {
        Query query = Queries.load(PlanProgressService.class, name);
        return store.select(MuseumGraph.PUBLIC, query, bindings);
    }

    private static Literal lang(String language) {
        return ResourceFactory.createPlainLiteral(language);
    }

    private static Literal gYear(int year) {
        return ResourceFactory.createTypedLiteral(String.valueOf(year), org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear);
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
