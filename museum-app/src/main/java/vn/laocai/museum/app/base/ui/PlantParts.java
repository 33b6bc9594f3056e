package vn.laocai.museum.app.base.ui;

import java.util.Locale;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;

/** Plant-part codes of the corpus ("rhizome"), as readers call them ("thân rễ"); keys {@code part.<code>}. */
public final class PlantParts {

    private PlantParts() {}

    /** The part's name in the reader's language; the code itself for a part the bundles do not name. */
    public static String of(String code, Locale reader) {
        String name = MuseumTranslations.text(reader, "part." + code);
        return name.startsWith("!{") ? code : name;
    }
}
