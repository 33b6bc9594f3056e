package vn.laocai.museum.app.places;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import java.util.Locale;
import java.util.Objects;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.ui.ReaderPage;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/**
 * A page of the reference data — places, marks, conservation lists, instruments: the whole list at
 * its route, one entry at {@code <route>/<slug>}, both drawn from the references read in the
 * reader's language.
 */
public abstract class ReferencePage extends ReaderPage implements HasUrlParameter<String> {

    private final ReferenceCatalog catalog;
    private String slug;

    protected ReferencePage(ReferenceCatalog catalog, String className) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        addClassName(className);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String slug) {
        this.slug = slug == null || slug.isBlank() ? null : slug;
        refresh();
    }

    @Override
    protected final String render(Locale reader) {
        References references = catalog.read(ContentLanguage.code(reader));
        return slug == null ? renderList(references, reader) : renderOne(references, slug, reader);
    }

    /** Fills the page with the whole list; returns its title. */
    protected abstract String renderList(References references, Locale reader);

    /** Fills the page with one entry (a NotFoundException when there is none); returns its title. */
    protected abstract String renderOne(References references, String slug, Locale reader);
}
