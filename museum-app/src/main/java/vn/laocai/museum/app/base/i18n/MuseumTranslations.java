package vn.laocai.museum.app.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text of the visitor site, in Vietnamese and English, from the UTF-8 bundles
 * {@code i18n/messages_vi.properties} and {@code i18n/messages_en.properties}.
 *
 * <pre>{@code
 * new MuseumTranslations().getTranslation("home.title", SiteLanguage.ENGLISH);
 * }</pre>
 *
 * Vaadin finds it as a Spring bean; tests without Spring name it in the {@code i18n.provider}
 * setting. A locale we have no texts for gets the Vietnamese ones, never the JVM's default.
 */
@Component
public class MuseumTranslations implements I18NProvider {

    static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** Looked up once: a page asks for dozens of texts, and getBundle's own cache costs a lookup each time. */
    private static final Map<Locale, ResourceBundle> BUNDLES = SiteLanguage.LOCALES.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), MuseumTranslations::load));

    @Override
    public List<Locale> getProvidedLocales() {
        return SiteLanguage.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(locale, key, params);
    }

    /** The text of one key, formatted with {@link MessageFormat} when there are parameters. */
    public static String text(Locale locale, String key, Object... params) {
        ResourceBundle bundle = bundle(SiteLanguage.supported(locale));
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
        } catch (MissingResourceException e) {
            return "!{" + key + "}!";
        }
    }

    /** The whole bundle of one site language. */
    static ResourceBundle bundle(Locale locale) {
        ResourceBundle loaded = BUNDLES.get(locale);
        return loaded != null ? loaded : load(locale);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, MuseumTranslations.class.getClassLoader(), NO_FALLBACK);
    }
}
