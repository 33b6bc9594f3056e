package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a logged-in account sees on a page its roles do not open (a curator on the accounts page,
 * say): that it is signed in but this page needs another role, and the way back to its own
 * curation home. Anonymous visitors never get here — they are sent to the login first — and
 * restricted records answer "not found" instead, so nothing here tells whether a record exists.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle, LocaleChangeObserver {

    public AccessDeniedView() {
        addClassNames("museum-error-page", "museum-access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        render();
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("accessDenied.title"));
    }

    private void render() {
        removeAll();
        Nav ways = new Nav(new Anchor("curation", getTranslation("accessDenied.curation")),
                new Anchor("", getTranslation("notFound.home")));
        ways.addClassName("museum-error-ways");
        ways.getElement().setAttribute("aria-label", getTranslation("notFound.ways"));
        add(new H1(getTranslation("accessDenied.title")), new Paragraph(getTranslation("accessDenied.text")), ways);
    }
}
