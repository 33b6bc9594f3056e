package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A kiosk page with nothing to show stays a kiosk page: the kiosk frame, a short sentence and one
 * large button back to the start — no search box and no way out, unlike the site's own page.
 */
@ParentLayout(KioskLayout.class)
@AnonymousAllowed
public class KioskNotFoundView extends Div implements HasErrorParameter<KioskPageNotFound>, LocaleChangeObserver {

    public KioskNotFoundView() {
        addClassName("kiosk-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<KioskPageNotFound> parameter) {
        render();
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("kiosk", getTranslation("kiosk.back"));
        back.addClassName("kiosk-back");
        add(new H1(getTranslation("kiosk.notFound.title")), new Paragraph(getTranslation("kiosk.notFound.text")), back);
    }
}
