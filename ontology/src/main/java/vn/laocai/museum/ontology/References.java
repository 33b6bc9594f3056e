package vn.laocai.museum.ontology;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * The reference data of the public graph in one language, as {@link ReferenceCatalog#read} gives
 * it: places, marks, conservation lists and instruments, and which species point at which.
 * Lists are in the language's alphabetical order (ICU collation). Immutable and thread-safe.
 */
public final class References {

    private static final String HERB = MuseumVocab.HERB;
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)", Pattern.CASE_INSENSITIVE);

    private final Model model;
    private final String language;
    private final Collator collator;
    /** Every species page's map asks for this; computed once (a race computes it twice, to the same value). */
    private volatile List<Occurrence> occurrences;
    /**
     * Each species page and kiosk page asks for its distribution: kept per species once found. Only
     * places that were found are kept, so addresses typed with made-up names keep nothing.
     */
    private final Map<String, List<Place>> distributions = new ConcurrentHashMap<>();

    References(Model model, String language) {
        this.model = model;
        this.language = language;
        // Frozen: one References is shared by every page that reads it (ReferenceCatalog keeps it).
        this.collator = Collator.getInstance(ULocale.forLanguageTag(language)).freeze();
    }

    /** A link to a reference resource or a species: its slug and its name in the language. */
    public record Ref(String slug, String name) {
        public Ref {
            Objects.requireNonNull(slug, "slug");
            name = name == null ? slug : name;
        }
    }

    /** A point in WGS 84, longitude first as in WKT. */
    public record GeoPoint(double longitude, double latitude) {}

    /**
     * A former district, a commune the sources name, or a current commune (since 1 July 2025).
     *
     * @param parent            the former district of a commune, the province of a current commune
     * @param point             its point where a source gives one; communes have none yet
     * @param pointVerified     false when the point's source is not checked against its original
     * @param current           a current commune ({@code herb:CurrentCommune}) rather than a former unit
     * @param successor         the current commune a former commune has been part of since 1 July 2025,
     *                          following its {@code dct:isReplacedBy} links (through an earlier merger too)
     * @param successorVerified false when only an aggregator gives that successor
     * @param formerCommunes    for a current commune: the corpus's former communes it took in
     * @param ward              a current commune that is a ward ({@code herb:Ward}), not a commune
     * @param successorWard     the successor is a ward
     */
    public record Place(String iri, String slug, boolean district, String name, Ref parent, String note,
            Optional<GeoPoint> point, boolean pointVerified, Optional<Document.Source> pointSource, List<Document.Source> sources,
            boolean current, Optional<Ref> successor, boolean successorVerified, List<Ref> formerCommunes,
            boolean ward, boolean successorWard) {

        /** True for a current commune whose sources are an aggregator's only. */
        public boolean unverified() {
            return current && !successorVerified;
        }
    }

    /** A geographical indication, collective mark or OCOP product. */
    public record Mark(String iri, String slug, Kind kind, String name, String product, String holder, String number,
            String decision, String date, String rating, String note, List<Ref> places, List<Document.Source> sources) {

        public enum Kind { GEOGRAPHICAL_INDICATION, COLLECTIVE_MARK, OCOP_PRODUCT }
    }

    /** A conservation or protection list. */
    public record ConservationList(String iri, String slug, String code, String name, String note, Optional<Ref> instrument,
            List<String> categories, List<Document.Source> sources) {}

    /** A law, decree, circular, convention or book that sets up a list. */
    public record Instrument(String iri, String slug, String name, String identifier, String date, String note,
            boolean verified, Optional<Ref> amends, List<Ref> lists, List<Document.Source> sources) {}

    /** A species on a list, with the category it has there ("CR A2acd", "IA"), if any. */
    public record Listing(Ref species, String scientificName, String category, boolean verified) {}

    /** A species recorded at a place, and whether it is on any conservation list (its points are then generalised). */
    public record Occurrence(Ref species, String scientificName, boolean protectedSpecies, List<Ref> places) {}

    // ----------------------------------------------------------------------------------- places

    /** Every former district, alphabetically. */
    public List<Place> districts() {
        return places(MuseumVocab.FORMER_DISTRICT);
    }

    /** Every commune, alphabetically. */
    public List<Place> communes() {
        return places(MuseumVocab.COMMUNE);
    }

    /** Every current commune (since 1 July 2025) that a former commune of the corpus is part of, alphabetically. */
    public List<Place> currentCommunes() {
        return places(MuseumVocab.CURRENT_COMMUNE);
    }

    /**
     * The places a species' distribution names — former districts and communes — alphabetically,
     * each with the current commune it is part of where a source gives one.
     */
    public List<Place> distributionOf(String speciesSlug) {
        List<Place> kept = distributions.get(speciesSlug);
        if (kept != null) {
            return kept;
        }
        List<Place> places = readDistribution(speciesSlug);
        if (!places.isEmpty()) {
            distributions.put(speciesSlug, places);
        }
        return places;
    }

    private List<Place> readDistribution(String speciesSlug) {
        Set<Resource> spatial = new LinkedHashSet<>();
        taxa().stream().filter(taxon -> speciesSlug.equals(text(taxon, MuseumVocab.SLUG))).forEach(taxon ->
                objects(taxon, property("distribution")).forEach(record -> spatial.addAll(objects(record, MuseumVocab.SPATIAL))));
        return spatial.stream()
                .filter(place -> model.contains(place, RDF.type, MuseumVocab.FORMER_DISTRICT) || model.contains(place, RDF.type, MuseumVocab.COMMUNE))
                .map(this::place)
                .sorted(Comparator.comparing(Place::name, collator::compare))
                .toList();
    }

    /** The communes of one former district, alphabetically. */
    public List<Place> communesOf(String districtSlug) {
        return communes().stream().filter(c -> c.parent() != null && c.parent().slug().equals(districtSlug)).toList();
    }

    public Optional<Place> place(String slug) {
        Resource place = model.getResource(iri("place", slug));
        if (!model.contains(place, RDF.type, MuseumVocab.FORMER_DISTRICT) && !model.contains(place, RDF.type, MuseumVocab.COMMUNE)
                && !model.contains(place, RDF.type, MuseumVocab.CURRENT_COMMUNE)) {
            return Optional.empty();
        }
        return Optional.of(place(place));
    }

    /** The species whose distribution names the place (or, for a district, one of its communes). */
    public List<Occurrence> speciesAt(String placeSlug) {
        Resource place = model.getResource(iri("place", placeSlug));
        List<Occurrence> found = new ArrayList<>();
        for (Resource taxon : taxa()) {
            List<Ref> where = new ArrayList<>();
            for (Resource record : objects(taxon, property("distribution"))) {
                for (Resource spatial : objects(record, MuseumVocab.SPATIAL)) {
                    if (spatial.equals(place) || model.contains(spatial, MuseumVocab.CONTAINED_IN_PLACE, place)) {
                        Ref ref = new Ref(slug(spatial), name(spatial));
                        if (!where.contains(ref)) {
                            where.add(ref);
                        }
                    }
                }
            }
            if (!where.isEmpty()) {
                found.add(occurrence(taxon, where));
            }
        }
        return sortedOccurrences(found);
    }

    /** What grew in the former communes a current commune took in: each species once, in the reader's alphabetical order. */
    public List<Occurrence> speciesInFormerCommunes(Place current) {
        Map<String, Occurrence> bySpecies = new LinkedHashMap<>();
        current.formerCommunes().forEach(former -> speciesAt(former.slug())
                .forEach(occurrence -> bySpecies.putIfAbsent(occurrence.species().slug(), occurrence)));
        return sortedOccurrences(new ArrayList<>(bySpecies.values()));
    }

    /** Every species with the former districts its distribution names (for maps). */
    public List<Occurrence> occurrences() {
        List<Occurrence> known = occurrences;
        if (known == null) {
            known = readOccurrences();
            occurrences = known;
        }
        return known;
    }

    private List<Occurrence> readOccurrences() {
        List<Occurrence> found = new ArrayList<>();
        for (Resource taxon : taxa()) {
            List<Ref> districts = new ArrayList<>();
            for (Resource record : objects(taxon, property("distribution"))) {
                for (Resource spatial : objects(record, MuseumVocab.SPATIAL)) {
                    if (model.contains(spatial, RDF.type, MuseumVocab.FORMER_DISTRICT)) {
                        Ref ref = new Ref(slug(spatial), name(spatial));
                        if (!districts.contains(ref)) {
                            districts.add(ref);
                        }
                    }
                }
            }
            if (!districts.isEmpty()) {
                found.add(occurrence(taxon, districts));
            }
        }
        return sortedOccurrences(found);
    }

    /** The indications, marks and products whose area names the place, or one of its communes. */
    public List<Mark> marksAt(String placeSlug) {
        Resource place = model.getResource(iri("place", placeSlug));
        return marks().stream().filter(mark -> {
            Resource resource = model.getResource(mark.iri());
            return objects(resource, MuseumVocab.SPATIAL).stream().anyMatch(spatial -> spatial.equals(place)
                    || model.contains(spatial, MuseumVocab.CONTAINED_IN_PLACE, place)
                    || model.contains(place, MuseumVocab.CONTAINED_IN_PLACE, spatial));
        }).toList();
    }

    // ------------------------------------------------------------------------------------ marks

    /** Every geographical indication, collective mark and OCOP product: indications first, then by name. */
    public List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (Resource type : List.of(MuseumVocab.GEOGRAPHICAL_INDICATION, MuseumVocab.COLLECTIVE_MARK, MuseumVocab.OCOP_PRODUCT)) {
            model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(mark -> marks.add(mark(mark)));
        }
        return marks.stream().sorted(Comparator.comparing(Mark::kind).thenComparing(Mark::name, collator::compare)).toList();
    }

    public Optional<Mark> mark(String slug) {
        return marks().stream().filter(mark -> mark.slug().equals(slug)).findFirst();
    }

    /** The species that carry a mark (by their {@code marks} field). */
    public List<Ref> speciesWithMark(String markSlug) {
        return marks().stream().filter(mark -> mark.slug().equals(markSlug)).findFirst().map(mark -> {
            Resource resource = model.getResource(mark.iri());
            return taxa().stream()
                    .filter(taxon -> model.contains(taxon, property("geographicalIndications"), resource)
                            || model.contains(taxon, property("mark"), resource) || model.contains(taxon, property("ocopProduct"), resource))
                    .map(taxon -> new Ref(text(taxon, MuseumVocab.SLUG), name(taxon)))
                    .sorted(Comparator.comparing(Ref::name, collator::compare))
                    .toList();
        }).orElse(List.of());
    }

    // ------------------------------------------------------------------------ lists, instruments

    /** Every conservation list, by name. */
    public List<ConservationList> lists() {
        List<ConservationList> lists = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, model.getResource(MuseumVocab.SKOS + "ConceptScheme"))
                .forEachRemaining(list -> lists.add(list(list)));
        return lists.stream().sorted(Comparator.comparing(ConservationList::name, collator::compare)).toList();
    }

    public Optional<ConservationList> list(String slug) {
        return lists().stream().filter(list -> list.slug().equals(slug)).findFirst();
    }

    /** The species on a list with their category there, alphabetically; unverified listings say so. */
    public List<Listing> speciesOn(String listSlug) {
        Resource list = model.getResource(iri("list", listSlug));
        List<Listing> listings = new ArrayList<>();
        for (Resource taxon : taxa()) {
            for (Resource assessment : objects(taxon, property("conservation"))) {
                if (model.contains(assessment, property("onList"), list)) {
                    String category = objects(assessment, property("listCategory")).stream().findFirst()
                            .map(concept -> label(concept, model.createProperty(MuseumVocab.SKOS, "prefLabel")))
                            .orElse(text(assessment, property("category")));
                    listings.add(new Listing(new Ref(text(taxon, MuseumVocab.SLUG), name(taxon)),
                            text(taxon, MuseumVocab.SCIENTIFIC_NAME), category, flag(assessment)));
                }
            }
        }
        return listings.stream().sorted(Comparator.comparing((Listing l) -> l.species().name(), collator::compare)).toList();
    }

    /** Every instrument that sets up a list (laws, decrees, circulars, conventions, books), by name. */
    public List<Instrument> instruments() {
        Set<Resource> found = new LinkedHashSet<>();
        model.listSubjectsWithProperty(RDF.type, model.getResource(MuseumVocab.SCHEMA + "Legislation")).forEachRemaining(found::add);
        model.listObjectsOfProperty(model.createProperty(MuseumVocab.DCT, "isPartOf"))
                .forEachRemaining(node -> { if (node.isURIResource()) found.add(node.asResource()); });
        return found.stream().filter(resource -> resource.getURI().startsWith(MuseumVocab.ID + "instrument/"))
                .map(this::instrument)
                .sorted(Comparator.comparing(Instrument::name, collator::compare)).toList();
    }

    public Optional<Instrument> instrument(String slug) {
        return instruments().stream().filter(instrument -> instrument.slug().equals(slug)).findFirst();
    }

    // ---------------------------------------------------------------------------------- readers

    private List<Place> places(Resource type) {
        List<Place> places = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(place -> places.add(place(place)));
        return places.stream().sorted(Comparator.comparing(Place::name, collator::compare)).toList();
    }

    private Place place(Resource place) {
        boolean district = model.contains(place, RDF.type, MuseumVocab.FORMER_DISTRICT);
        Ref parent = objects(place, MuseumVocab.CONTAINED_IN_PLACE).stream().findFirst()
                .map(p -> new Ref(slug(p), name(p))).orElse(null);
        Optional<Resource> geometry = objects(place, model.createProperty(MuseumVocab.GEO, "hasGeometry")).stream().findFirst();
        Optional<GeoPoint> point = geometry.map(g -> text(g, model.createProperty(MuseumVocab.GEO, "asWKT"))).flatMap(References::point);
        boolean current = model.contains(place, RDF.type, MuseumVocab.CURRENT_COMMUNE);
        Optional<Resource> successor = current ? Optional.empty() : currentOf(place);
        List<Ref> former = !current ? List.of() : model.listSubjectsWithProperty(RDF.type, MuseumVocab.COMMUNE).toList().stream()
                .filter(commune -> currentOf(commune).filter(place::equals).isPresent())
                .map(commune -> new Ref(slug(commune), name(commune)))
                .sorted(Comparator.comparing(Ref::name, collator::compare))
                .toList();
        boolean verified = current ? flag(place) : successor.map(this::flag).orElse(true);
        return new Place(place.getURI(), slug(place), district, name(place), parent, label(place, property("note")), point,
                geometry.map(this::flag).orElse(true), geometry.flatMap(g -> sources(g).stream().findFirst()), sources(place),
                current, successor.map(s -> new Ref(slug(s), name(s))), verified, former,
                model.contains(place, RDF.type, MuseumVocab.WARD), successor.filter(s -> model.contains(s, RDF.type, MuseumVocab.WARD)).isPresent());
    }

    /**
     * The current commune a former commune ended in: its {@code dct:isReplacedBy} links followed
     * (a commune merged in 2019–2021 first into another commune), a few steps at most.
     */
    private Optional<Resource> currentOf(Resource place) {
        Resource at = place;
        for (int step = 0; step < 4; step++) {
            Optional<Resource> next = objects(at, MuseumVocab.IS_REPLACED_BY).stream().findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            at = next.get();
            if (model.contains(at, RDF.type, MuseumVocab.CURRENT_COMMUNE)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    private Mark mark(Resource mark) {
        Mark.Kind kind = model.contains(mark, RDF.type, MuseumVocab.GEOGRAPHICAL_INDICATION) ? Mark.Kind.GEOGRAPHICAL_INDICATION
                : model.contains(mark, RDF.type, MuseumVocab.COLLECTIVE_MARK) ? Mark.Kind.COLLECTIVE_MARK : Mark.Kind.OCOP_PRODUCT;
        List<Ref> places = objects(mark, MuseumVocab.SPATIAL).stream().map(p -> new Ref(slug(p), name(p)))
                .sorted(Comparator.comparing(Ref::name, collator::compare)).toList();
        return new Mark(mark.getURI(), slug(mark), kind, name(mark), text(mark, property("product")), text(mark, property("holder")),
                text(mark, property("number")), text(mark, property("decision")), text(mark, property("date")),
                text(mark, property("ocopRating")), label(mark, property("note")), places, sources(mark));
    }

    private ConservationList list(Resource list) {
        Optional<Ref> instrument = objects(list, model.createProperty(MuseumVocab.DCT, "isPartOf")).stream().findFirst()
                .map(i -> new Ref(slug(i), name(i)));
        List<String> categories = new ArrayList<>();
        model.listSubjectsWithProperty(model.createProperty(MuseumVocab.SKOS, "inScheme"), list)
                .forEachRemaining(concept -> categories.add(label(concept, model.createProperty(MuseumVocab.SKOS, "prefLabel"))));
        categories.sort(collator::compare);
        return new ConservationList(list.getURI(), slug(list), text(list, model.createProperty(MuseumVocab.SKOS, "notation")),
                name(list), label(list, property("note")), instrument, categories, sources(list));
    }

    private Instrument instrument(Resource instrument) {
        Property schema = model.createProperty(MuseumVocab.SCHEMA, "legislationChanges");
        Optional<Ref> amends = objects(instrument, schema).stream().findFirst().map(i -> new Ref(slug(i), name(i)));
        List<Ref> lists = new ArrayList<>();
        model.listSubjectsWithProperty(model.createProperty(MuseumVocab.DCT, "isPartOf"), instrument)
                .forEachRemaining(list -> lists.add(new Ref(slug(list), name(list))));
        String date = Optional.ofNullable(text(instrument, model.createProperty(MuseumVocab.SCHEMA, "legislationDate")))
                .orElse(text(instrument, model.createProperty(MuseumVocab.SCHEMA, "datePublished")));
        return new Instrument(instrument.getURI(), slug(instrument), name(instrument),
                text(instrument, model.createProperty(MuseumVocab.SCHEMA, "legislationIdentifier")), date,
                label(instrument, property("note")), flag(instrument), amends, lists, sources(instrument));
    }

    private Occurrence occurrence(Resource taxon, List<Ref> where) {
        boolean listed = objects(taxon, property("conservation")).stream()
                .anyMatch(assessment -> model.contains(assessment, property("onList")) && flag(assessment));
        return new Occurrence(new Ref(text(taxon, MuseumVocab.SLUG), name(taxon)), text(taxon, MuseumVocab.SCIENTIFIC_NAME), listed, where);
    }

    private List<Occurrence> sortedOccurrences(List<Occurrence> found) {
        return found.stream().sorted(Comparator.comparing((Occurrence o) -> o.species().name(), collator::compare)).toList();
    }

    private List<Resource> taxa() {
        return model.listSubjectsWithProperty(RDF.type, MuseumVocab.TAXON).toList();
    }

    private List<Document.Source> sources(Resource holder) {
        return objects(holder, MuseumVocab.SOURCE).stream()
                .filter(source -> source.hasProperty(MuseumVocab.URL))
                .map(source -> new Document.Source(text(source, MuseumVocab.URL), text(source, MuseumVocab.TITLE)))
                .sorted(Comparator.comparing(Document.Source::url))
                .toList();
    }

    /** The name in the language, else Vietnamese, else any; a species without one goes by its scientific name. */
    private String name(Resource resource) {
        String name = label(resource, MuseumVocab.NAME);
        if (name == null) {
            name = text(resource, MuseumVocab.SCIENTIFIC_NAME);
        }
        return name == null ? slug(resource) : name;
    }

    /** A language-tagged text in the language, else Vietnamese, else the first there is. */
    private String label(Resource resource, Property property) {
        String vietnamese = null;
        String any = null;
        for (Statement statement : resource.listProperties(property).toList()) {
            if (!statement.getObject().isLiteral()) {
                continue;
            }
            String lang = statement.getLiteral().getLanguage().toLowerCase(Locale.ROOT);
            String text = statement.getLiteral().getLexicalForm();
            if (lang.equals(language)) {
                return text;
            }
            if (lang.equals("vi")) {
                vietnamese = text;
            }
            if (any == null) {
                any = text;
            }
        }
        return vietnamese != null ? vietnamese : any;
    }

    private static String text(Resource resource, Property property) {
        Statement statement = resource.getProperty(property);
        if (statement == null) {
            return null;
        }
        RDFNode node = statement.getObject();
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : null;
    }

    private boolean flag(Resource resource) {
        Statement verified = resource.getProperty(MuseumVocab.VERIFIED);
        return verified == null || !verified.getObject().isLiteral() || verified.getBoolean();
    }

    private static List<Resource> objects(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isResource).map(RDFNode::asResource).toList();
    }

    private Property property(String localName) {
        return model.createProperty(HERB, localName);
    }

    private static Optional<GeoPoint> point(String wkt) {
        if (wkt == null) {
            return Optional.empty();
        }
        Matcher point = POINT.matcher(wkt);
        return point.find() ? Optional.of(new GeoPoint(Double.parseDouble(point.group(1)), Double.parseDouble(point.group(2))))
                : Optional.empty();
    }

    /** The last segment of a resource's IRI: {@code …/id/place/sa-pa} → "sa-pa". */
    private static String slug(Resource resource) {
        String iri = resource.getURI();
        return iri == null ? "" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String iri(String segment, String slug) {
        return MuseumVocab.resourceIri(segment, slug);
    }
}
