package vn.laocai.museum.ontology;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the IRIs of the museum's resources live ({@code <base>species/panax-notoginseng}). The
 * default, {@link #DEFAULT}, is a persistent w3id.org address; an installation that publishes
 * under its own domain sets the system property {@value #PROPERTY} or the environment variable
 * {@value #ENVIRONMENT} before the museum starts. The vocabulary's own namespace does not change.
 *
 * <p>The base is read once, when {@link MuseumVocab} is first used; changing it later takes a
 * restart, after which the corpus is loaded again under the new IRIs.
 */
public final class IriBase {

    public static final String DEFAULT = MuseumVocab.BASE + "id/";
    public static final String PROPERTY = "museum.iri-base";
    public static final String ENVIRONMENT = "MUSEUM_IRI_BASE";

    private IriBase() {}

    /** The configured base: the system property, else the environment variable, else the default. */
    static String configured() {
        String property = System.getProperty(PROPERTY);
        String environment = System.getenv(ENVIRONMENT);
        if (property != null && !property.isBlank()) {
            return checked(property.strip(), PROPERTY);
        }
        if (environment != null && !environment.isBlank()) {
            return checked(environment.strip(), ENVIRONMENT);
        }
        return DEFAULT;
    }

    /** {@code base} if it is an absolute http(s) IRI ending in '/' without query or fragment. */
    public static String checked(String base, String setting) {
        try {
            URI uri = new URI(base);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (web && uri.getHost() != null && base.endsWith("/") && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                return base;
            }
        } catch (URISyntaxException e) {
            // Reported below with the rule.
        }
        throw new IllegalArgumentException(setting + " must be an absolute http(s) IRI ending in '/', without ? or #, "
                + "e.g. https://herbs.example.org/id/ — got: " + base);
    }
}
