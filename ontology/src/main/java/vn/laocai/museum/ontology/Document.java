package vn.laocai.museum.ontology;

import java.util.List;
import java.util.Objects;

/**
 * A remedy, story or knowledge record as its page shows it, in one language.
 *
 * @param tradition   where a remedy comes from; empty otherwise
 * @param community   who holds a knowledge record; empty otherwise
 * @param restricted  true for community-restricted knowledge (never in the public graph)
 */
public record Document(
        DocumentKind kind,
        String iri,
        String slug,
        String title,
        String summary,
        String narrativeMarkdown,
        String tradition,
        String community,
        String ethnicGroup,
        boolean restricted,
        List<Statement> statements,
        List<Ingredient> ingredients,
        List<Link> links,
        List<Source> sources) {

    /** A short statement: a preparation step, a dose, an indication, a warning … */
    public record Statement(String kind, String text, boolean verified) {}

    /** One ingredient of a remedy. */
    public record Ingredient(Link species, String scientificName, String part, String amount, String processing,
            String role, boolean verified) {}

    /** Another document this one links to, or that links to it. */
    public record Link(DocumentKind kind, String slug, String title) {}

    /** A cited source. */
    public record Source(String url, String title) {}

    public Document {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(slug, "slug");
        title = title == null ? slug : title;
        summary = summary == null ? "" : summary;
        narrativeMarkdown = narrativeMarkdown == null ? "" : narrativeMarkdown;
        tradition = tradition == null ? "" : tradition;
        community = community == null ? "" : community;
        ethnicGroup = ethnicGroup == null ? "" : ethnicGroup;
        statements = List.copyOf(statements);
        ingredients = List.copyOf(ingredients);
        links = List.copyOf(links);
        sources = List.copyOf(sources);
    }

    /** The statements of one kind (local name of the property: "indication", "safetyNote" …). */
    public List<Statement> statements(String statementKind) {
        return statements.stream().filter(s -> s.kind().equals(statementKind)).toList();
    }

    public List<Link> links(DocumentKind linkKind) {
        return links.stream().filter(link -> link.kind() == linkKind).toList();
    }
}
