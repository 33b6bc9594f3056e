package vn.laocai.museum.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.ShapeViolation;

/**
 * Loads the corpus into the graph: parses every file, checks every field, and writes all species
 * in one transaction, so a corpus with errors changes nothing.
 *
 * <pre>{@code
 * LoadReport report = new ContentLoader(store).loadIfChanged(Corpus.fromDirectory(root));
 * }</pre>
 */
public final class ContentLoader {

    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);
    private static final Pattern DOCUMENT_FILE =
            Pattern.compile("(species|remedies|knowledge|stories)/([a-z0-9]+(?:-[a-z0-9]+)*)\\.(vi|en)\\.md");
    private static final String LOAD_STATE = MuseumVocab.BASE + "load/corpus";
    /** Under it, one resource per document ({@code …/load/document/species/panax-notoginseng}) keeps its content hash. */
    private static final String DOCUMENT_STATE = MuseumVocab.BASE + "load/document/";

    private final GraphStore store;
    private final ShaclValidator validator = ShaclValidator.museum();
    private final IriRebase rebase;

    public ContentLoader(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.rebase = new IriRebase(store, LOAD_STATE);
    }

    /**
     * Loads the corpus unless the graph already holds exactly this corpus. A graph minted under
     * another IRI base than the configured one is first moved to it.
     */
    public LoadReport loadIfChanged(List<ContentFile> files) {
        rebase.moveToConfiguredBase();
        String hash = hash(files);
        if (hash.equals(storedHash())) {
            log.info("Content unchanged (corpus {}), nothing to load", hash.substring(0, 12));
            return new LoadReport(false, List.of(), 0, Duration.ZERO);
        }
        return load(files, hash);
    }

    /**
     * Loads the corpus: checks every document, then writes only those whose files changed since
     * the last load and removes those whose files are gone — all in one transaction.
     */
    public LoadReport load(List<ContentFile> files) {
        rebase.moveToConfiguredBase();
        return load(files, hash(files));
    }

    private LoadReport load(List<ContentFile> files, String hash) {
        long started = System.nanoTime();
        List<ContentError> errors = new ArrayList<>();
        ParsedCorpus parsed = parse(files, errors);
        Map<String, DocumentMapper> documents = parsed.mappers();
        Map<String, ReferenceData.Part> references = parsed.reference().parts();
        Map<String, Model> models = new LinkedHashMap<>();
        documents.forEach((key, mapper) -> models.put(key, mapper.map()));
        references.forEach((key, part) -> models.put(key, part.model()));
        if (errors.isEmpty()) {
            validate(documents, parsed.reference(), models, errors);
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        Map<String, String> stored = storedDocumentHashes();
        Map<String, String> current = parsed.hashes();
        List<String> changed = models.keySet().stream()
                .filter(key -> !current.get(key).equals(stored.get(key)))
                .toList();
        List<String> removed = stored.keySet().stream().filter(key -> !models.containsKey(key)).toList();
        Map<String, List<Resource>> formerParts = storedReferenceSubjects();
        Model state = ModelFactory.createDefaultModel();
        state.createResource(LOAD_STATE).addProperty(MuseumVocab.CORPUS_HASH, hash);
        rebase.record(state);
        for (String key : changed) {
            Resource document = state.createResource(documentState(key)).addProperty(MuseumVocab.CONTENT_HASH, current.get(key));
            if (references.containsKey(key)) {
                references.get(key).subjects().forEach(subject -> document.addProperty(MuseumVocab.HAS_PART, subject));
            }
        }
        // Staff edits win over the corpus: what the staff graph says of a resource replaces what a file says.
        Model staff = changed.isEmpty() && removed.isEmpty() ? ModelFactory.createDefaultModel() : staffRecords();
        store.write(graph -> {
            for (String key : changed) {
                if (references.containsKey(key)) {
                    // What the file described at its last load goes, then its new triples come. A resource
                    // the graph holds was recorded as part of some file, so this finds all of them; each
                    // removal scans the graph, so resources that were never stored are not looked for.
                    formerParts.getOrDefault(key, List.of()).forEach(subject -> graph.removeResource(MuseumGraph.PUBLIC, subject));
                    graph.add(MuseumGraph.PUBLIC, models.get(key));
                } else {
                    DocumentMapper mapper = documents.get(key);
                    // Out of both graphs first: a record whose access level changed moves, never doubles.
                    graph.removeResource(MuseumGraph.PUBLIC, mapper.subject);
                    graph.removeResource(MuseumGraph.RESTRICTED, mapper.subject);
                    graph.add(mapper.graph(), models.get(key));
                }
                graph.removeResource(MuseumGraph.AUDIT, state.createResource(documentState(key)));
            }
            for (String key : removed) {
                if (formerParts.containsKey(key) || ReferenceData.KINDS.containsKey(key.substring(0, key.indexOf('/')))) {
                    formerParts.getOrDefault(key, List.of()).forEach(subject -> graph.removeResource(MuseumGraph.PUBLIC, subject));
                } else {
                    Resource subject = state.createResource(iriOf(key));
                    graph.removeResource(MuseumGraph.PUBLIC, subject);
                    graph.removeResource(MuseumGraph.RESTRICTED, subject);
                }
                graph.removeResource(MuseumGraph.AUDIT, state.createResource(documentState(key)));
            }
            graph.removeResource(MuseumGraph.AUDIT, state.createResource(LOAD_STATE));
            graph.add(MuseumGraph.AUDIT, state);
            staff.listSubjects().filterKeep(Resource::isURIResource).forEachRemaining(subject -> graph.removeResource(MuseumGraph.PUBLIC, subject));
            graph.add(MuseumGraph.PUBLIC, staff);
        });
        long triples = changed.stream().mapToLong(key -> models.get(key).size()).sum();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Loaded {} of {} documents and reference files ({} triples), removed {}, in {} ms", changed.size(),
                models.size(), triples, removed.size(), took.toMillis());
        return new LoadReport(true, changed, triples, took);
    }

    /** Everything in the staff graph: the records province staff entered or corrected. */
    private Model staffRecords() {
        return store.construct(MuseumGraph.STAFF, QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }"), Map.of());
    }

    /** The resources each reference file described at its last load, by {@code folder/slug}. */
    private Map<String, List<Resource>> storedReferenceSubjects() {
        var query = QueryFactory.create("SELECT ?state ?part WHERE { ?state <" + MuseumVocab.HAS_PART.getURI() + "> ?part }");
        Map<String, List<Resource>> subjects = new TreeMap<>();
        for (var row : store.select(MuseumGraph.AUDIT, query, Map.of())) {
            String state = row.getResource("state").getURI();
            if (state.startsWith(DOCUMENT_STATE)) {
                subjects.computeIfAbsent(state.substring(DOCUMENT_STATE.length()), key -> new ArrayList<>())
                        .add(row.getResource("part"));
            }
        }
        return subjects;
    }

    /** What the graph holds of each document: its content hash at its last load, by {@code kind/slug}. */
    private Map<String, String> storedDocumentHashes() {
        var query = QueryFactory.create("SELECT ?state ?hash WHERE { ?state <" + MuseumVocab.CONTENT_HASH.getURI() + "> ?hash }");
        Map<String, String> hashes = new TreeMap<>();
        for (var row : store.select(MuseumGraph.AUDIT, query, Map.of())) {
            String state = row.getResource("state").getURI();
            if (state.startsWith(DOCUMENT_STATE)) {
                hashes.put(state.substring(DOCUMENT_STATE.length()), row.getLiteral("hash").getLexicalForm());
            }
        }
        return hashes;
    }

    private static String documentState(String key) {
        return DOCUMENT_STATE + key;
    }

    /** The IRI of the document in {@code <folder>/<slug>}: the corpus folders are the kinds' page sections. */
    private static String iriOf(String key) {
        return kindOf(key).iri(key.substring(key.indexOf('/') + 1));
    }

    private static DocumentKind kindOf(String key) {
        return DocumentKind.ofSection(key.substring(0, key.indexOf('/'))).orElseThrow();
    }

    /**
     * Checks the mapped RDF against the museum's SHACL shapes, all documents and reference files
     * together (a record in the restricted graph may point at a public species, a species at a
     * place), and reports each violation on the Vietnamese file of the document it concerns, or on
     * the line of the reference file that describes the resource.
     */
    private void validate(Map<String, DocumentMapper> documents, ReferenceData reference, Map<String, Model> models,
            List<ContentError> errors) {
        Model all = ModelFactory.createDefaultModel();
        models.values().forEach(all::add);
        for (ShapeViolation violation : validator.validate(all)) {
            String where = violation.path() == null ? "" : " (" + shortName(violation.path()) + ")";
            String message = "does not conform to the museum's shapes" + where + ": " + violation.message() + " ["
                    + violation.shape() + "]";
            String document = documents.entrySet().stream()
                    .filter(entry -> violation.focusNode().equals(entry.getValue().subject.getURI())
                            || violation.focusNode().startsWith(entry.getValue().subject.getURI() + "#"))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (document != null) {
                errors.add(new ContentError(document + ".vi.md", 1, message));
            } else {
                errors.add(reference.where(violation.focusNode(), message)
                        .orElse(new ContentError("(corpus)", 1, message)));
            }
        }
    }

    private static String shortName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(cut + 1);
    }

    /**
     * The corpus read: a mapper per document and the reference files, with a content hash per
     * document (of both its files and of every reference file, since a document's links to places,
     * lists and marks are resolved through them) and per reference file, by {@code folder/slug}.
     */
    private record ParsedCorpus(Map<String, DocumentMapper> mappers, ReferenceData reference, Map<String, String> hashes) {}

    private static ParsedCorpus parse(List<ContentFile> files, List<ContentError> errors) {
        Map<String, Map<String, ContentFile>> byDocument = new TreeMap<>();
        List<ContentFile> referenceFiles = new ArrayList<>();
        for (ContentFile file : files) {
            if (ReferenceData.FILE.matcher(file.path()).matches()) {
                referenceFiles.add(file);
                continue;
            }
            Matcher matcher = DOCUMENT_FILE.matcher(file.path());
            if (!matcher.matches()) {
                errors.add(new ContentError(file.path(), 1, "unexpected file name; documents are "
                        + "<species|remedies|knowledge|stories>/<slug>.vi.md and .en.md, reference files "
                        + "<places|lists|marks|ocop|sector>/<slug>.ttl (slug: a-z, 0-9, hyphens)"));
                continue;
            }
            byDocument.computeIfAbsent(matcher.group(1) + "/" + matcher.group(2), key -> new LinkedHashMap<>())
                    .put(matcher.group(3), file);
        }
        ReferenceData reference = ReferenceData.read(referenceFiles, errors);
        Corpus.Index index = new Corpus.Index(byDocument.keySet().stream()
                .filter(key -> key.startsWith("species/"))
                .map(key -> key.substring("species/".length()))
                .collect(java.util.stream.Collectors.toSet()), reference);
        Map<String, DocumentMapper> mappers = new LinkedHashMap<>();
        Map<String, String> hashes = new TreeMap<>();
        reference.parts().forEach((key, part) -> hashes.put(key, hash(List.of(part.file()))));
        byDocument.forEach((key, byLanguage) -> {
            List<ContentFile> hashed = new ArrayList<>(byLanguage.values());
            hashed.addAll(referenceFiles);
            hashes.put(key, hash(hashed));
            ContentFile vi = byLanguage.get("vi");
            ContentFile en = byLanguage.get("en");
            if (vi == null || en == null) {
                ContentFile present = vi == null ? en : vi;
                errors.add(new ContentError(present.path(), 1, "the document needs both a .vi.md and a .en.md file"));
                return;
            }
            String slug = key.substring(key.indexOf('/') + 1);
            FieldReader viReader = reader(vi, "vi", slug, errors);
            FieldReader enReader = reader(en, "en", slug, errors);
            if (viReader != null && enReader != null) {
                mappers.put(key, switch (kindOf(key)) {
                    case SPECIES -> new SpeciesMapper(slug, viReader, enReader, index);
                    case REMEDY -> new RemedyMapper(slug, viReader, enReader, index);
                    case KNOWLEDGE -> new KnowledgeMapper(slug, viReader, enReader, index);
                    case STORY -> new StoryMapper(slug, viReader, enReader, index);
                });
            }
        });
        return new ParsedCorpus(mappers, reference, hashes);
    }

    private static FieldReader reader(ContentFile file, String language, String slug, List<ContentError> errors) {
        FrontMatter.Parsed parsed = FrontMatter.parse(file, errors);
        if (parsed == null) {
            return null;
        }
        FieldReader reader = new FieldReader(file, parsed, language, errors);
        String id = reader.required("id");
        if (id != null && !id.equals(slug)) {
            reader.error(parsed.fields().get("id").line(), "id: '" + id + "' does not match the file name '" + slug + "'");
        }
        return reader;
    }

    private String storedHash() {
        var query = QueryFactory.create("SELECT ?hash WHERE { ?state <" + MuseumVocab.CORPUS_HASH.getURI() + "> ?hash }");
        Resource state = org.apache.jena.rdf.model.ResourceFactory.createResource(LOAD_STATE);
        return store.select(MuseumGraph.AUDIT, query, Map.of("state", state)).stream()
                .map(row -> row.getLiteral("hash").getLexicalForm())
                .findFirst()
                .orElse(null);
    }

    private static String hash(List<ContentFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(java.util.Comparator.comparing(ContentFile::path)).forEach(file -> {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
