package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Locale;
import vn.laocai.museum.app.base.i18n.SiteLanguage;

/**
 * A page drawn in the reader's language and drawn again, title included, when the reader switches
 * language. Subclasses fill the page in {@link #render} and call {@link #refresh} once their own
 * fields are set (at the end of the constructor, or when the URL parameter arrives).
 */
public abstract class ReaderPage extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private Locale rendered;
    private String title;

    /** Fills the (emptied) page in the reader's language and returns its title, without the site's name. */
    protected abstract String render(Locale reader);

    /** Draws the page again in the current language. */
    protected final void refresh() {
        Locale reader = SiteLanguage.supported(getLocale());
        removeAll();
        title = render(reader);
        rendered = reader;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (rendered != null && !SiteLanguage.supported(getLocale()).equals(rendered)) {
            refresh();
            UI.getCurrent().getPage().setTitle(getPageTitle());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", title == null ? getTranslation("site.name") : title);
    }
}
