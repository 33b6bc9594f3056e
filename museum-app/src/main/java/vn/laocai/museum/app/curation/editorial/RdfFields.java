package vn.laocai.museum.app.curation.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * Reading and writing the fields the editors share, on a document's RDF as the corpus loader
 * writes it: language-tagged literals, lists of short notes ({@code <doc>#use-vi-1} with a
 * {@code herb:text}) and sources ({@code <doc>#source-s1}: a URL and a title). Writing keeps what
 * a note or source says besides the edited text (its own sources, "verified", a note).
 */
final class RdfFields {

    private static final Pattern NUMBERED = Pattern.compile("-[a-z]*(\\d+)$");

    private RdfFields() {}

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The literal in that language (any, if null), or the empty string. */
    static String literal(Resource subject, Property property, String language) {
        for (Statement statement : subject.listProperties(property).toList()) {
            if (statement.getObject().isLiteral() && (language == null || language.equals(statement.getLanguage()))) {
                return statement.getString();
            }
        }
        return "";
    }

    static void replaceLiteral(Resource subject, Property property, String language, String value) {
        subject.listProperties(property).toList().stream().filter(s -> language.equals(s.getLanguage()))
                .forEach(s -> subject.getModel().remove(s));
        if (!value.isBlank()) {
            subject.addProperty(property, value.strip(), language);
        }
    }

    /** The notes' texts in one language, one a line. */
    static String readNotes(Resource subject, Property property, String language) {
        return String.join("\n", notes(subject, property, language).stream().map(note -> literal(note, MuseumVocab.TEXT, language)).toList());
    }

    /** Writes one line a note: existing notes get the new texts in order, new ones are added, the rest removed. */
    static void writeNotes(Model model, Resource subject, Property property, String fragment, String language, List<String> lines) {
        List<Resource> existing = notes(subject, property, language);
        int next = nextNumber(subject, property);
        for (int i = 0; i < lines.size(); i++) {
            Resource note;
            if (i < existing.size()) {
                note = existing.get(i);
                note.listProperties(MuseumVocab.TEXT).toList().stream().filter(s -> language.equals(s.getLanguage())).forEach(model::remove);
            } else {
                note = model.createResource(subject.getURI() + "#" + fragment + "-" + language + "-" + next++);
                subject.addProperty(property, note);
            }
            note.addProperty(MuseumVocab.TEXT, lines.get(i), language);
        }
        for (int i = lines.size(); i < existing.size(); i++) {
            remove(model, subject, property, existing.get(i));
        }
    }

    /** The sources, one a line: URL, then title. */
    static String readSources(Resource subject) {
        List<String> sources = new ArrayList<>();
        for (Resource source : objects(subject, MuseumVocab.SOURCE)) {
            Statement url = source.getProperty(MuseumVocab.URL);
            String title = literal(source, MuseumVocab.TITLE, null);
            sources.add(((url == null ? "" : url.getObject().isURIResource() ? url.getResource().getURI() : url.getString()) + " " + title).strip());
        }
        return String.join("\n", sources);
    }

    /** Writes the sources of the lines (URL, then title): a source whose URL stays keeps its IRI, so what cites it still does. */
    static void writeSources(Model model, Resource subject, String text) {
        Map<String, Resource> byUrl = new LinkedHashMap<>();
        for (Resource source : objects(subject, MuseumVocab.SOURCE)) {
            Statement url = source.getProperty(MuseumVocab.URL);
            byUrl.put(url == null ? source.getURI() : url.getObject().isURIResource() ? url.getResource().getURI() : url.getString(), source);
        }
        int next = nextNumber(subject, MuseumVocab.SOURCE);
        List<Resource> kept = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("\\s+", 2);
            String url = parts[0];
            String title = parts.length > 1 ? parts[1].strip() : "";
            Resource source = byUrl.get(url);
            if (source == null) {
                while (model.contains(model.createResource(subject.getURI() + "#source-s" + next), null)) {
                    next++;
                }
                source = model.createResource(subject.getURI() + "#source-s" + next++)
                        .addProperty(RDF.type, MuseumVocab.BIBLIOGRAPHIC_RESOURCE)
                        .addProperty(MuseumVocab.URL, url.matches("[a-z]+:[^\\s<>\"]+") ? model.createResource(url) : model.createLiteral(url));
                subject.addProperty(MuseumVocab.SOURCE, source);
            }
            source.removeAll(MuseumVocab.TITLE);
            if (!title.isEmpty()) {
                source.addProperty(MuseumVocab.TITLE, title);
            }
            kept.add(source);
        }
        byUrl.values().stream().filter(source -> !kept.contains(source)).forEach(source -> remove(model, subject, MuseumVocab.SOURCE, source));
    }

    static void remove(Model model, Resource subject, Property property, Resource target) {
        model.remove(subject, property, target);
        model.removeAll(target, null, (RDFNode) null);
    }

    /** One more than the highest number ending the IRIs of the property's objects. */
    static int nextNumber(Resource subject, Property property) {
        int max = 0;
        for (Resource object : objects(subject, property)) {
            Matcher matcher = NUMBERED.matcher(object.getURI() == null ? "" : object.getURI());
            if (matcher.find()) {
                max = Math.max(max, Integer.parseInt(matcher.group(1)));
            }
        }
        return max + 1;
    }

    /** The property's objects that are resources, in the order of their IRIs' numbers. */
    static List<Resource> objects(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getObject).filter(RDFNode::isResource)
                .map(RDFNode::asResource).sorted(Comparator.comparing(RdfFields::number).thenComparing(r -> String.valueOf(r.getURI()))).toList();
    }

    /** The notes of the property that have a text in that language. */
    static List<Resource> notes(Resource subject, Property property, String language) {
        return objects(subject, property).stream()
                .filter(note -> note.listProperties(MuseumVocab.TEXT).toList().stream().anyMatch(s -> language.equals(s.getLanguage())))
                .toList();
    }

    private static int number(Resource resource) {
        Matcher matcher = NUMBERED.matcher(resource.getURI() == null ? "" : resource.getURI());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
    }
}
