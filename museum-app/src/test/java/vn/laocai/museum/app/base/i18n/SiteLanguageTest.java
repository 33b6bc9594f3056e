package vn.laocai.museum.app.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which language a request asks for: the parameter wins, then the cookie; Vietnamese otherwise. */
class SiteLanguageTest {

    @Test
    void a_first_visit_is_vietnamese_whatever_the_browser_prefers() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "en-US,en;q=0.9");
        assertThat(SiteLanguage.of(request)).isEqualTo(SiteLanguage.VIETNAMESE);
    }

    @Test
    void the_cookie_remembers_english() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie(SiteLanguage.COOKIE, "en"));
        assertThat(SiteLanguage.of(request)).isEqualTo(SiteLanguage.ENGLISH);
    }

    @Test
    void the_parameter_wins_over_the_cookie_and_unknown_values_are_ignored() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie(SiteLanguage.COOKIE, "en"));
        request.setParameter(SiteLanguage.PARAMETER, "vi");
        assertThat(SiteLanguage.of(request)).isEqualTo(SiteLanguage.VIETNAMESE);
        request.setParameter(SiteLanguage.PARAMETER, "fr");
        assertThat(SiteLanguage.of(request)).isEqualTo(SiteLanguage.ENGLISH);
        assertThat(SiteLanguage.of("EN-gb")).contains(SiteLanguage.ENGLISH);
    }
}
