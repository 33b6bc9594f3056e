package vn.laocai.museum.app.kiosk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.laocai.museum.app.base.i18n.SiteLanguage;

/**
 * The frame of every kiosk page: full screen, a VI | EN switch, four large buttons (herbs,
 * categories, A–Z, map) and no way out to the web — no search box, no login, no external link.
 * After {@code museum.kiosk.idle-seconds} without a touch it frees the visitor's session and sends
 * the screen to the attract loop.
 */
@JavaScript("context://kiosk/kiosk.js")
@StyleSheet("context://styles/kiosk.css")
@AnonymousAllowed
public class KioskLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

    /** Where an idle kiosk goes; Vietnamese again for the next visitor. */
    static final String ATTRACT = "/kiosk/attract?lang=vi";
    private static final List<String[]> SECTIONS = List.of(new String[] {"kiosk", "kiosk.nav.herbs"},
            new String[] {"kiosk/categories", "kiosk.nav.categories"}, new String[] {"kiosk/a-z", "kiosk.nav.az"},
            new String[] {"kiosk/map", "kiosk.nav.map"});

    private final KioskProperties settings;
    private final KioskScreens screens;
    private final Span brand = new Span();
    private final Div languages = new Div();
    private final Div content = new Div();
    private final Div nav = new Div();

    public KioskLayout(KioskProperties settings, KioskScreens screens) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.screens = Objects.requireNonNull(screens, "screens");
        addClassName("kiosk");
        brand.addClassName("kiosk-brand");
        languages.addClassName("kiosk-languages");
        languages.getElement().setAttribute("role", "group");
        languages.add(language(SiteLanguage.VIETNAMESE, "VI", "Tiếng Việt"), language(SiteLanguage.ENGLISH, "EN", "English"));
        Div header = new Div(brand, languages);
        header.addClassName("kiosk-header");
        content.addClassName("kiosk-content");
        nav.addClassName("kiosk-nav");
        nav.getElement().setAttribute("role", "navigation");
        SECTIONS.forEach(section -> nav.add(new Anchor(section[0], "")));
        add(header, content, nav);
        getElement().addEventListener("kiosk-idle", event -> reset());
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().removeAllChildren();
        if (page != null) {
            content.getElement().appendChild(page.getElement());
        }
        content.getElement().executeJs("this.scrollTop = 0");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        screens.register(ui);
        // Keep trying to reach the server (a restart, a network cut) instead of giving up after a few tries.
        ui.getReconnectDialogConfiguration().setReconnectAttempts(Integer.MAX_VALUE);
        ui.getReconnectDialogConfiguration().setReconnectInterval(5000);
        getElement().executeJs("window.museumKiosk.placeholders(); window.museumKiosk.idle(this, $0, $1)",
                settings.idleSeconds() * 1000, ATTRACT);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale reader = SiteLanguage.supported(event.getLocale());
        brand.setText(getTranslation("site.name"));
        for (int i = 0; i < SECTIONS.size(); i++) {
            ((Anchor) nav.getComponentAt(i)).setText(getTranslation(SECTIONS.get(i)[1]));
        }
        languages.getChildren().forEach(button -> button.getElement().setAttribute("aria-pressed",
                String.valueOf(button.getElement().getAttribute("lang").equals(reader.getLanguage()))));
        event.getUI().getReconnectDialogConfiguration().setDialogText(getTranslation("kiosk.reconnecting"));
        event.getUI().getReconnectDialogConfiguration().setDialogTextGaveUp(getTranslation("kiosk.reconnecting"));
        event.getUI().getPage().executeJs("document.documentElement.lang=$0", reader.getLanguage());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        for (int i = 0; i < SECTIONS.size(); i++) {
            Component link = nav.getComponentAt(i);
            boolean current = SECTIONS.get(i)[0].equals(path);
            link.getElement().getClassList().set("kiosk-nav-current", current);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }

    /**
     * The visitor has gone: the whole Vaadin session (every UI, every view, the language chosen)
     * is invalidated and the browser loads the attract loop as a fresh page.
     */
    void reset() {
        UI ui = UI.getCurrent();
        ui.getPage().setLocation(ATTRACT);
        VaadinSession session = ui.getSession();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }

    private Button language(Locale locale, String code, String name) {
        Button button = new Button(code, event -> SiteLanguage.apply(UI.getCurrent(), locale));
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.setAriaLabel(name);
        return button;
    }
}
