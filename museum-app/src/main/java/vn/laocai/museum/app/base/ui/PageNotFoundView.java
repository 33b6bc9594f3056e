package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The museum's answer to an address it does not have — a mistyped link, a removed page, or a
 * record the visitor may not read (which must look exactly like one that never existed): a
 * heading, a sentence and the ways back in (home, catalogue, search), inside the site's header.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle, LocaleChangeObserver {

    public PageNotFoundView() {
        addClassNames("museum-error-page", "museum-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        render();
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("notFound.title"));
    }

    private void render() {
        removeAll();
        Nav ways = new Nav(new Anchor("", getTranslation("notFound.home")),
                new Anchor("species", getTranslation("notFound.catalogue")),
                new Anchor("search", getTranslation("notFound.search")));
        ways.addClassName("museum-error-ways");
        ways.getElement().setAttribute("aria-label", getTranslation("notFound.ways"));
        add(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")), ways);
    }
}
