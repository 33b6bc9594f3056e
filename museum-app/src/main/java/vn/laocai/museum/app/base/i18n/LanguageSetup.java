package vn.laocai.museum.app.base.i18n;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of a visitor's first page from its request (parameter, cookie, else
 * Vietnamese — overriding Vaadin's pick from Accept-Language), and lets a {@code ?lang=} in any
 * later address switch the language of pages already open.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(this::sessionStarted);
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void sessionStarted(SessionInitEvent event) {
        Locale locale = event.getRequest() instanceof HttpServletRequest request ? SiteLanguage.of(request) : SiteLanguage.VIETNAMESE;
        event.getSession().setLocale(locale);
    }

    private void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(SiteLanguage.PARAMETER)
                .flatMap(SiteLanguage::of)
                .ifPresent(locale -> SiteLanguage.apply(event.getUI(), locale));
    }
}
