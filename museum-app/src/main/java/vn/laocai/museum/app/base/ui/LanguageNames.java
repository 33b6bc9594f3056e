package vn.laocai.museum.app.base.ui;

import java.util.Locale;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;

/** How a name's language tag is shown to readers ("H'Mông: cúa dô", "Hmong: cúa dô"); keys {@code language.<tag>}. */
public final class LanguageNames {

    private LanguageNames() {}

    /** The name of a language in the reader's language; the tag itself for a language the bundles do not name. */
    public static String of(String languageTag, Locale reader) {
        String key = "language." + languageTag.toLowerCase(Locale.ROOT);
        String name = MuseumTranslations.text(reader, key);
        return name.startsWith("!{") ? languageTag : name;
    }

    public static String vietnamese(String languageTag) {
        return of(languageTag, SiteLanguage.VIETNAMESE);
    }
}
