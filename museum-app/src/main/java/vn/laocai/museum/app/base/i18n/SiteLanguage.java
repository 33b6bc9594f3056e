package vn.laocai.museum.app.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two languages of the visitor site and how a request chooses one: a {@code ?lang=} parameter
 * (shareable links), else the {@value #COOKIE} cookie (the visitor's last choice), else Vietnamese.
 * The browser's Accept-Language is not consulted: the museum is Vietnamese unless asked otherwise.
 */
public final class SiteLanguage {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Vietnamese first: Vaadin takes the first provided locale as the default. */
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    public static final String COOKIE = "museum-lang";
    public static final String PARAMETER = "lang";
    /** A year, in seconds. */
    public static final int COOKIE_AGE = 365 * 24 * 3600;

    private SiteLanguage() {}

    /** The site language of a tag such as "en", "EN" or "en-GB"; empty for any other language. */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return LOCALES.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The locale itself when the site has its texts, Vietnamese otherwise. */
    public static Locale supported(Locale locale) {
        if (locale != null && LOCALES.contains(locale)) {
            return locale;
        }
        return locale == null ? VIETNAMESE : of(locale.toLanguageTag()).orElse(VIETNAMESE);
    }

    /** The language a request asks for: parameter, then cookie, then Vietnamese. */
    public static Locale of(HttpServletRequest request) {
        return of(request.getParameter(PARAMETER))
                .or(() -> cookie(request.getCookies()))
                .orElse(VIETNAMESE);
    }

    /** The language remembered in the cookie, if any. */
    public static Optional<Locale> cookie(Cookie[] cookies) {
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> of(cookie.getValue()));
    }

    /**
     * Shows the site in another language at once (every {@code LocaleChangeObserver} re-renders)
     * and remembers the choice in the visitor's browser.
     */
    public static void apply(UI ui, Locale locale) {
        Locale chosen = supported(locale);
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(chosen);
        }
        ui.setLocale(chosen);
        ui.getPage().executeJs(rememberScript(), chosen.getLanguage());
    }

    /** The script that remembers a choice in the browser and sets {@code <html lang>}. */
    static String rememberScript() {
        return "document.documentElement.lang=$0;"
                + "document.cookie='" + COOKIE + "='+$0+';path=/;max-age=" + COOKIE_AGE + ";SameSite=Lax';";
    }
}
