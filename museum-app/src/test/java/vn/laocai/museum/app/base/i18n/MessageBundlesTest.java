package vn.laocai.museum.app.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles say the same things: same keys, nothing empty, patterns that format. */
class MessageBundlesTest {

    private final ResourceBundle vietnamese = MuseumTranslations.bundle(SiteLanguage.VIETNAMESE);
    private final ResourceBundle english = MuseumTranslations.bundle(SiteLanguage.ENGLISH);

    @Test
    void both_languages_have_the_same_keys() {
        assertThat(keys(english)).isEqualTo(keys(vietnamese)).hasSizeGreaterThan(80);
    }

    @Test
    void no_text_is_empty() {
        for (ResourceBundle bundle : new ResourceBundle[] {vietnamese, english}) {
            assertThat(keys(bundle)).allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
        }
    }

    @Test
    void the_bundles_are_read_as_utf8() {
        assertThat(vietnamese.getString("site.name")).isEqualTo("Bảo tàng Dược liệu số Lào Cai");
        assertThat(english.getString("site.name")).isEqualTo("Lào Cai Digital Medicinal-Herb Museum");
    }

    @Test
    void patterns_fill_in_their_value_and_keep_apostrophes() {
        assertThat(MuseumTranslations.text(SiteLanguage.ENGLISH, "knowledge.notice", "the Red Dao of Tả Phìn"))
                .startsWith("This knowledge belongs to the Red Dao of Tả Phìn.").contains("community's consent");
        assertThat(MuseumTranslations.text(SiteLanguage.VIETNAMESE, "site.pageTitle", "Tam thất"))
                .isEqualTo("Tam thất — Bảo tàng Dược liệu số Lào Cai");
    }

    @Test
    void a_language_without_texts_gets_vietnamese_and_a_missing_key_shows_itself() {
        assertThat(MuseumTranslations.text(java.util.Locale.FRENCH, "search.button")).isEqualTo("Tìm");
        assertThat(MuseumTranslations.text(SiteLanguage.ENGLISH, "no.such.key")).isEqualTo("!{no.such.key}!");
    }

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }
}
