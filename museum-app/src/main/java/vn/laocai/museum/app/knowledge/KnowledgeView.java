package vn.laocai.museum.app.knowledge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.Optional;
import vn.laocai.museum.app.base.i18n.Localized;
import vn.laocai.museum.app.base.ui.DocumentPage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;

/**
 * Ethnic-knowledge records that their communities chose to share. Community-restricted records
 * live in another graph: they reach this page only for a logged-in reviewer or a keeper of their
 * community, and for everyone else do not exist.
 */
@Route(value = "knowledge", layout = MainLayout.class)
@AnonymousAllowed
public class KnowledgeView extends DocumentPage {

    private final transient RestrictedKnowledge restricted;

    /** The page of public records alone (views tested on their own). */
    public KnowledgeView(DocumentCatalog catalog, DocumentSections sections) {
        this(catalog, sections, null);
    }

    @Autowired
    public KnowledgeView(DocumentCatalog catalog, DocumentSections sections, RestrictedKnowledge restricted) {
        super(DocumentKind.KNOWLEDGE, catalog, sections);
        this.restricted = restricted;
    }

    /** A public record, else a restricted one the logged-in reader may see; for anyone else, not found. */
    @Override
    protected Optional<Localized<Document>> find(String slug, Locale reader) {
        return super.find(slug, reader).or(() -> restricted == null ? Optional.empty() : restricted.find(slug, reader));
    }

    @Override
    protected String listTitleKey() {
        return "knowledge.listTitle";
    }

    @Override
    protected String listIntroductionKey() {
        return "knowledge.listIntroduction";
    }

    @Override
    protected void show(Document record) {
        if (record.restricted()) {
            add(DocumentSections.notice("museum-restricted-notice", getTranslation("knowledge.restrictedNotice", record.ethnicGroup())));
        }
        add(DocumentSections.notice("museum-tk-notice", getTranslation("knowledge.notice", record.community())));
        if (!record.ethnicGroup().isBlank()) {
            add(new Paragraph(getTranslation("knowledge.ethnicGroup", record.ethnicGroup())));
        }
        sections.narrative(record.narrativeMarkdown()).ifPresent(this::add);
        add(DocumentSections.links(getTranslation("knowledge.species"), record.links(DocumentKind.SPECIES)).toArray(Component[]::new));
    }
}
