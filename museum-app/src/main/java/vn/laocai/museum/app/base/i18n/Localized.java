package vn.laocai.museum.app.base.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A text-bearing value in the language it is written in, which differs from the reader's when
 * the museum has no text in the reader's language yet and shows the Vietnamese one instead.
 */
public record Localized<T>(T value, Locale language) {

    public Localized {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(language, "language");
    }

    /** True when the reader asked for another language and gets this one instead. */
    public boolean fallsBackFrom(Locale reader) {
        return !language.getLanguage().equals(SiteLanguage.supported(reader).getLanguage());
    }
}
