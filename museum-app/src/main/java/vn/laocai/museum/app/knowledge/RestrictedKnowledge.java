package vn.laocai.museum.app.knowledge;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.web.HiddenPages;
import vn.laocai.museum.app.base.web.PageAddress;
import vn.laocai.museum.app.curation.security.KnowledgeAccess;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;

/**
 * Community-restricted knowledge records, read from the restricted graph for the logged-in
 * reader allowed to see them ({@link KnowledgeAccess}); for anyone else they do not exist.
 */
@Component
class RestrictedKnowledge implements HiddenPages {

    private final DocumentCatalog restricted;

    RestrictedKnowledge(GraphStore graph) {
        this.restricted = DocumentCatalog.restricted(graph);
    }

    /** The record in the reader's language, if it is restricted and the current reader may see it. */
    Optional<Localized<Document>> find(String slug, Locale reader) {
        return KnowledgeAccess.currentReader().flatMap(user -> ContentLanguage.document(restricted, DocumentKind.KNOWLEDGE, slug, reader)
                .filter(document -> document.value().restricted() && KnowledgeAccess.mayRead(user, document.value())));
    }

    @Override
    public boolean visibleToCurrentReader(PageAddress page) {
        return page.kind() == DocumentKind.KNOWLEDGE && page.wellFormed() && find(page.slug(), Locale.forLanguageTag("vi")).isPresent();
    }
}
