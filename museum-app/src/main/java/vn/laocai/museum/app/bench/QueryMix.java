package vn.laocai.museum.app.bench;

import java.util.List;
import vn.laocai.museum.ontology.MuseumGraph;

/**
 * The fixed mix of queries the SPARQL benchmark sends to every peer: lookups a page or a linked-data
 * client makes, and scans a researcher writes. Each peer gets the same text but for how it names the
 * public graph: ours sees it as its default graph; Fuseki serves the whole dataset, so its queries
 * say {@code GRAPH <public graph>} around the pattern or {@code FROM <public graph>}.
 */
final class QueryMix {

    /** The taxon every lookup asks about; present in any synthetic graph of 8 taxa or more. */
    static final String LOOKUP_TAXON = SyntheticHerbGraph.taxonIri(7);
    /** Where {@link BenchQuery#text} puts a FROM clause, and where a GRAPH block opens and closes. */
    private static final String FROM = "%FROM%";
    private static final String OPEN = "%{%";
    private static final String CLOSE = "%}%";
    private static final String PREFIXES = """
            PREFIX dwc:    <http://rs.tdwg.org/dwc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX skosxl: <http://www.w3.org/2008/05/skos-xl#>
            PREFIX dct:    <http://purl.org/dc/terms/>
            PREFIX herb:   <https://w3id.org/laocai-herbs/ns#>
            """;

    enum Kind { LOOKUP, SCAN }

    /** How a query names the public graph. */
    enum GraphClause {
        /** Not at all: the endpoint's default graph is the public graph (ours). */
        DEFAULT,
        /** {@code GRAPH <g> { … }} around the pattern: TDB2 runs it as quad patterns on its own indexes. */
        GRAPH,
        /** {@code FROM <g>}: the engine builds a dataset whose default graph is g, per query. */
        FROM
    }

    /** One query of the mix; {@code graph} says it answers triples, not rows. */
    record BenchQuery(String name, Kind kind, boolean graph, String template) {

        /** The query as sent to a peer that names the public graph with {@code clause}. */
        String text(GraphClause clause) {
            // DESCRIBE <iri> reads the default graph and has no pattern to wrap: GRAPH falls back to FROM.
            GraphClause effective = clause == GraphClause.GRAPH && !template.contains(OPEN) ? GraphClause.FROM : clause;
            String named = "<" + PUBLIC_GRAPH + ">";
            return PREFIXES + template
                    .replace(FROM, effective == GraphClause.FROM ? "FROM " + named : "")
                    .replace(OPEN, effective == GraphClause.GRAPH ? "GRAPH " + named + " {" : "")
                    .replace(CLOSE, effective == GraphClause.GRAPH ? "}" : "");
        }

        String accept() {
            return graph ? "application/n-triples" : "application/sparql-results+json";
        }
    }

    static final List<BenchQuery> QUERIES = List.of(
            new BenchQuery("ask-taxon", Kind.LOOKUP, false,
                    "ASK %FROM% WHERE { %{% <" + LOOKUP_TAXON + "> a dwc:Taxon ; dwc:scientificName ?name %}% }"),
            new BenchQuery("describe-taxon", Kind.LOOKUP, true, "DESCRIBE <" + LOOKUP_TAXON + "> %FROM%"),
            new BenchQuery("names-of-species", Kind.LOOKUP, false, """
                    SELECT ?form ?status %FROM% WHERE { %{%
                      <TAXON> skosxl:prefLabel|skosxl:altLabel ?label .
                      ?label skosxl:literalForm ?form ; herb:nameStatus ?status .
                    %}% }""".replace("TAXON", LOOKUP_TAXON)),
            new BenchQuery("count-family", Kind.SCAN, false, """
                    SELECT (COUNT(DISTINCT ?taxon) AS ?species) %FROM% WHERE { %{%
                      ?taxon a dwc:Taxon ; dwc:family "Zingiberaceae" .
                    %}% }"""),
            new BenchQuery("names-by-language", Kind.SCAN, false, """
                    SELECT ?taxon ?form %FROM% WHERE { %{%
                      ?taxon skosxl:altLabel ?label .
                      ?label skosxl:literalForm ?form .
                      FILTER(lang(?form) = "hnj")
                    %}% }"""),
            new BenchQuery("commune-group-by", Kind.SCAN, false, """
                    SELECT ?commune (COUNT(DISTINCT ?taxon) AS ?species) %FROM% WHERE { %{%
                      ?taxon herb:distribution ?record .
                      ?record herb:communes ?commune .
                    %}% } GROUP BY ?commune ORDER BY DESC(?species)"""),
            new BenchQuery("text-contains", Kind.SCAN, false, """
                    SELECT ?taxon ?text %FROM% WHERE { %{%
                      ?taxon herb:traditionalUse ?use .
                      ?use herb:text ?text .
                      FILTER(CONTAINS(?text, "giải độc thanh nhiệt"))
                    %}% }"""),
            new BenchQuery("two-hop-join", Kind.SCAN, false, """
                    SELECT ?taxon ?name ?title %FROM% WHERE { %{%
                      ?record herb:communes "Y Tý" .
                      ?taxon herb:distribution ?record ;
                             skosxl:prefLabel/skosxl:literalForm ?name ;
                             dct:source/dct:title ?title .
                    %}% }"""),
            new BenchQuery("order-by-limit", Kind.SCAN, false, """
                    SELECT ?taxon ?name ?family %FROM% WHERE { %{%
                      ?taxon a dwc:Taxon ; dwc:scientificName ?name ; dwc:family ?family .
                    %}% } ORDER BY DESC(?name) LIMIT 25"""));

    /** A cartesian product no endpoint can finish: it only shows how soon the time limit stops it. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

    /** The graph Fuseki names in its dataset clause. */
    static final String PUBLIC_GRAPH = MuseumGraph.PUBLIC.iri();

    private QueryMix() {}
}
