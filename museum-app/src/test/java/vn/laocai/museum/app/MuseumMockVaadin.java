package vn.laocai.museum.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;

/**
 * Karibu's mock Vaadin with the museum's texts: without Spring, Vaadin finds the translations
 * through its {@code i18n.provider} setting. The page starts in Vietnamese, as a first visit does.
 * A test class gets a fresh mock UI for every test with {@code @ExtendWith(MuseumMockVaadin.PerTest.class)}.
 */
public final class MuseumMockVaadin {

    private MuseumMockVaadin() {}

    public static void setup() {
        System.setProperty("vaadin.i18n.provider", MuseumTranslations.class.getName());
        MockVaadin.setup();
        switchTo(SiteLanguage.VIETNAMESE);
    }

    /** What the VI | EN switch does, without its cookie script (a mock page runs no JavaScript). */
    public static void switchTo(Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    /** A fresh Vietnamese mock UI before each test; after it, the UI is gone and nobody is signed in. */
    public static final class PerTest implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            setup();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            tearDown();
            SecurityContextHolder.clearContext();
        }
    }
}
