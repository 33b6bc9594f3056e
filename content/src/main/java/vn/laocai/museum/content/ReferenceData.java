package vn.laocai.museum.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import vn.laocai.museum.ontology.IriBase;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * The corpus's reference resources — places, conservation lists and their instruments,
 * geographical indications and marks, OCOP products, the herb sector — read from the Turtle files under
 * {@code places/}, {@code lists/}, {@code marks/}, {@code ocop/} and {@code sector/}, and looked up by the documents
 * that point to them. Each file may only define resources of its folder's kinds
 * ({@code …/id/place/…} in {@code places/}), so a reference file can never overwrite a species.
 * Blank nodes (a source, a geometry) are named after the resource that holds them, so rewriting a
 * resource also rewrites them.
 */
final class ReferenceData {

    static final Pattern FILE = Pattern.compile("(places|lists|marks|ocop|sector)/([a-z0-9]+(?:-[a-z0-9]+)*)\\.ttl");
    /** The IRI kinds ({@code …/id/<kind>/<slug>}) each folder may define. */
    static final Map<String, Set<String>> KINDS = Map.of(
            "places", Set.of("place"),
            "lists", Set.of("list", "instrument"),
            "marks", Set.of("mark"),
            "ocop", Set.of("ocop"),
            // The herb sector: growing areas, organisations, facilities, value chains, certifications,
            // yearly output, statistics and the plan's targets, projects, harvests, processing steps,
            // product lots and market prices.
            "sector", Set.of("area", "org", "facility", "chain", "cert", "output", "stat", "target", "project",
                    "harvest", "step", "lot", "price"));
    private static final Pattern SUBJECT = Pattern.compile(Pattern.quote(MuseumVocab.ID)
            + "([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)(#.*)?");

    /** One Turtle file: its triples and the resources it defines. */
    record Part(String key, ContentFile file, Model model, Set<Resource> subjects) {}

    private final Map<String, Part> parts;
    private final boolean complete;
    private final Model all = ModelFactory.createDefaultModel();

    private ReferenceData(Map<String, Part> parts, boolean complete) {
        this.parts = parts;
        this.complete = complete;
        parts.values().forEach(part -> all.add(part.model()));
    }

    static ReferenceData empty() {
        return new ReferenceData(Map.of(), true);
    }

    /**
     * False when a reference file could not be read: a document's link to a resource it may have
     * described is then not reported as missing, so one Turtle error gives one error, not one per
     * document that names a place of that file.
     */
    boolean complete() {
        return complete;
    }

    /** Parses every reference file; problems go to {@code errors} with their file and line. */
    static ReferenceData read(List<ContentFile> files, List<ContentError> errors) {
        Map<String, Part> parts = new TreeMap<>();
        Map<Resource, String> definedIn = new LinkedHashMap<>();
        boolean complete = true;
        for (ContentFile file : files) {
            Matcher matcher = FILE.matcher(file.path());
            if (!matcher.matches()) {
                continue;
            }
            String folder = matcher.group(1);
            Model model = parse(file, errors);
            if (model == null) {
                complete = false;
                continue;
            }
            nameBlankNodes(file, model, errors);
            Set<Resource> subjects = new LinkedHashSet<>();
            for (Resource subject : model.listSubjects().toList()) {
                if (!subject.isURIResource()) {
                    continue;
                }
                Matcher iri = SUBJECT.matcher(subject.getURI());
                if (!iri.matches() || !KINDS.get(folder).contains(iri.group(1))) {
                    errors.add(new ContentError(file.path(), lineOf(file, subject.getURI()), "<" + subject.getURI()
                            + "> cannot be described in " + folder + "/: its resources are " + MuseumVocab.ID
                            + "<" + String.join("|", new java.util.TreeSet<>(KINDS.get(folder))) + ">/<slug>"));
                    continue;
                }
                Resource owner = model.createResource(MuseumVocab.ID + iri.group(1) + "/" + iri.group(2));
                if (!subjects.add(owner) || iri.group(3) != null) {
                    continue;
                }
                String other = definedIn.putIfAbsent(owner, file.path());
                if (other != null) {
                    errors.add(new ContentError(file.path(), lineOf(file, owner.getURI()),
                            "<" + owner.getURI() + "> is already described in " + other));
                }
            }
            String key = folder + "/" + matcher.group(2);
            parts.put(key, new Part(key, file, model, subjects));
        }
        if (complete) {
            checkSuccessors(parts.values(), errors);
        }
        return new ReferenceData(parts, complete);
    }

    /**
     * A commune's successor ({@code dct:isReplacedBy}) must be a place some file of {@code places/}
     * describes: a misspelt slug would otherwise only surface as a shape violation without its reason.
     */
    private static void checkSuccessors(java.util.Collection<Part> parts, List<ContentError> errors) {
        Set<String> defined = new java.util.HashSet<>();
        parts.forEach(part -> part.subjects().forEach(subject -> defined.add(subject.getURI())));
        for (Part part : parts) {
            part.model().listStatements(null, MuseumVocab.IS_REPLACED_BY, (RDFNode) null).forEach(statement -> {
                RDFNode successor = statement.getObject();
                boolean place = successor.isURIResource() && successor.asResource().getURI().startsWith(MuseumVocab.ID + "place/");
                if (!place || !defined.contains(successor.asResource().getURI())) {
                    String named = successor.isURIResource() ? successor.asResource().getURI() : successor.toString();
                    errors.add(new ContentError(part.file().path(), lineOf(part.file(), named),
                            "<" + statement.getSubject().getURI() + "> dct:isReplacedBy <" + named + ">, which no file of places/ "
                                    + "describes; name a herb:Commune or herb:CurrentCommune (place:xa-<slug>, place:phuong-<slug>) of places/"));
                }
            });
        }
    }

    private static Model parse(ContentFile file, List<ContentError> errors) {
        Model model = ModelFactory.createDefaultModel();
        List<ContentError> found = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // A warning (a bad IRI, an unknown language tag) is an error in a curated corpus.
                error(message, line, col);
            }

            @Override
            public void error(String message, long line, long col) {
                found.add(new ContentError(file.path(), (int) Math.max(line, 1), "Turtle: " + message));
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
            }
        };
        try {
            // Files are written with the default IRI base; an installation may mint under its own.
            RDFParser.fromString(file.text().replace(IriBase.DEFAULT, MuseumVocab.ID), Lang.TURTLE)
                    .errorHandler(handler).parse(model);
        } catch (RiotException e) {
            if (found.isEmpty()) {
                found.add(new ContentError(file.path(), 1, "Turtle: " + e.getMessage()));
            }
        }
        errors.addAll(found);
        return found.isEmpty() ? model : null;
    }

    /**
     * Gives every blank node an IRI under the resource that holds it ({@code <place>#source-1a2b3c4d}),
     * named by a hash of what it says, so the same file always yields the same IRIs.
     */
    private static void nameBlankNodes(ContentFile file, Model model, List<ContentError> errors) {
        boolean renamed = true;
        while (renamed) {
            renamed = false;
            for (Resource blank : model.listSubjects().filterKeep(RDFNode::isAnon).toList()) {
                List<Statement> holders = model.listStatements(null, null, blank).toList();
                if (holders.isEmpty()) {
                    errors.add(new ContentError(file.path(), 1, "a blank node [ … ] that no resource points to; "
                            + "give it an IRI or put it under the resource it belongs to"));
                    model.removeAll(blank, null, null);
                    renamed = true;
                    break;
                }
                Statement holder = holders.getFirst();
                if (holder.getSubject().isAnon()) {
                    continue;
                }
                String name = holder.getSubject().getURI().replaceFirst("#.*", "") + "#"
                        + holder.getPredicate().getLocalName() + "-" + digest(blank);
                ResourceUtils.renameResource(blank, name);
                renamed = true;
            }
        }
    }

    private static String digest(Resource blank) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            blank.listProperties().toList().stream()
                    .map(s -> s.getPredicate().getURI() + " " + s.getObject())
                    .sorted()
                    .forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The line where a resource is first described, or first named, in its file. */
    static int lineOf(ContentFile file, String iri) {
        String base = iri.replaceFirst("#.*", "");
        String slug = base.substring(base.lastIndexOf('/') + 1);
        Pattern subjectPosition = Pattern.compile("^\\s*(<" + Pattern.quote(base) + ">|[A-Za-z]*:" + Pattern.quote(slug)
                + ")(\\s|$)");
        Pattern anywhere = Pattern.compile("(<" + Pattern.quote(base) + ">|:" + Pattern.quote(slug) + ")([\\s;,.]|$)");
        List<String> lines = file.text().lines().toList();
        for (Pattern pattern : List.of(subjectPosition, anywhere)) {
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    Map<String, Part> parts() {
        return parts;
    }

    /** Every triple of every reference file. */
    Model model() {
        return all;
    }

    /** The file and line that describe {@code iri}, for an error found later (a shape violation). */
    Optional<ContentError> where(String iri, String message) {
        String base = iri.replaceFirst("#.*", "");
        return parts.values().stream()
                .filter(part -> part.subjects().stream().anyMatch(s -> s.getURI().equals(base)))
                .findFirst()
                .map(part -> new ContentError(part.file().path(), lineOf(part.file(), iri), message));
    }

    /** The former district whose Vietnamese name is {@code name}. */
    Optional<Resource> district(String name) {
        return named(MuseumVocab.FORMER_DISTRICT, name).stream().findFirst();
    }

    /** The commune of that name in that former district. */
    Optional<Resource> commune(Resource district, String name) {
        return named(MuseumVocab.COMMUNE, name).stream()
                .filter(commune -> all.contains(commune, MuseumVocab.CONTAINED_IN_PLACE, district))
                .findFirst();
    }

    private List<Resource> named(Resource type, String name) {
        return all.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(place -> all.contains(place, MuseumVocab.NAME, all.createLiteral(name, "vi")))
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    /** The conservation list whose code (skos:notation) is {@code code}. */
    Optional<Resource> list(String code) {
        return all.listSubjectsWithProperty(RDF.type, MuseumVocab.CONCEPT_SCHEME).toList().stream()
                .filter(list -> all.contains(list, MuseumVocab.NOTATION, code))
                .findFirst();
    }

    /** The categories of a list, by code and by Vietnamese label ("IIA", "Phụ lục II"). */
    Map<String, Resource> categories(Resource list) {
        Map<String, Resource> categories = new TreeMap<>();
        all.listSubjectsWithProperty(MuseumVocab.IN_SCHEME, list).forEach(category -> {
            Statement notation = category.getProperty(MuseumVocab.NOTATION);
            if (notation != null) {
                categories.put(notation.getString(), category);
            }
            Statement label = category.getProperty(MuseumVocab.PREF_LABEL_SKOS, "vi");
            if (label != null) {
                categories.putIfAbsent(label.getString(), category);
            }
        });
        return categories;
    }

    /** The instrument or publication a list is part of. */
    Optional<Resource> instrument(Resource list) {
        return Optional.ofNullable(all.getResource(list.getURI()).getPropertyResourceValue(MuseumVocab.IS_PART_OF));
    }

    /** A geographical indication, collective mark or OCOP product by its slug, with its type. */
    Optional<Resource> mark(String slug) {
        for (String kind : List.of("mark", "ocop")) {
            Resource mark = all.getResource(MuseumVocab.ID + kind + "/" + slug);
            if (all.contains(mark, RDF.type, (RDFNode) null)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    boolean is(Resource resource, Resource type) {
        return all.contains(resource, RDF.type, type);
    }
}
