package vn.laocai.museum.content;

import java.time.Duration;
import java.util.List;

/**
 * What one load did: the documents it wrote as {@code kind/slug} (none when the corpus had not
 * changed), how many triples, and how long it took.
 */
public record LoadReport(boolean changed, List<String> documents, long triples, Duration took) {

    public LoadReport {
        documents = List.copyOf(documents);
    }

    /** The slugs of the species written. */
    public List<String> species() {
        return documents.stream().filter(d -> d.startsWith("species/")).map(d -> d.substring("species/".length())).toList();
    }

    /** How many documents of one kind ("species", "remedies", "knowledge", "stories") were written. */
    public long count(String kind) {
        return documents.stream().filter(d -> d.startsWith(kind + "/")).count();
    }
}
