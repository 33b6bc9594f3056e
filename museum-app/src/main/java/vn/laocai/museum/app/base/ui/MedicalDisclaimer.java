package vn.laocai.museum.app.base.ui;

import java.util.Locale;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;

/** The notice every remedy carries, on its live page and in its first HTML. */
public final class MedicalDisclaimer {

    static final String KEY = "remedy.disclaimer";

    private MedicalDisclaimer() {}

    public static String text(Locale reader) {
        return MuseumTranslations.text(reader, KEY);
    }
}
