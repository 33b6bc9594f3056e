package vn.laocai.museum.app.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.base.i18n.ContentLanguage;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.web.PublicPages;
import vn.laocai.museum.app.map.Since2025;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;

/**
 * The public pages of places, marks, conservation lists and instruments, the map, the species
 * catalogue and the dataset page: listed for the sitemap, and named in the first HTML.
 */
@Component
class ReferencePages implements PublicPages {

    private static final Pattern PAGE = Pattern.compile("(places|marks|conservation|instruments)(?:/([a-z0-9-]+))?/?");
    private static final List<String> FIXED = List.of("species", "map", "places", "marks", "conservation", "instruments", "about-data");

    private final ReferenceCatalog catalog;

    ReferencePages(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> paths() {
        References references = catalog.read("vi");
        List<String> paths = new ArrayList<>(FIXED);
        references.districts().forEach(place -> paths.add("places/" + place.slug()));
        references.communes().forEach(place -> paths.add("places/" + place.slug()));
        references.currentCommunes().forEach(place -> paths.add("places/" + place.slug()));
        references.marks().forEach(mark -> paths.add("marks/" + mark.slug()));
        references.lists().forEach(list -> paths.add("conservation/" + list.slug()));
        references.instruments().forEach(instrument -> paths.add("instruments/" + instrument.slug()));
        return paths;
    }

    @Override
    public Optional<Summary> describe(String path, Locale reader) {
        switch (path) {
            case "species" -> { return summary(reader, "catalogue.title", "site.description"); }
            case "map" -> { return summary(reader, "map.title", "map.intro"); }
            case "about-data" -> { return summary(reader, "about.title", "about.intro"); }
            default -> { }
        }
        Matcher page = PAGE.matcher(path);
        if (!page.matches()) {
            return Optional.empty();
        }
        String section = page.group(1);
        String slug = page.group(2);
        if (slug == null) {
            return switch (section) {
                case "places" -> summary(reader, "places.title", "places.intro");
                case "marks" -> summary(reader, "marks.title", "marks.intro");
                case "conservation" -> summary(reader, "conservation.title", "conservation.intro");
                default -> summary(reader, "conservation.instruments", "conservation.intro");
            };
        }
        References references = catalog.read(ContentLanguage.code(reader));
        return switch (section) {
            case "places" -> references.place(slug).map(place -> new Summary(
                    place.current() ? Since2025.name(place, reader) : place.name(),
                    ((place.note() != null ? place.note() : text(reader, place.district() ? "map.district"
                            : place.current() ? (place.ward() ? "places.currentWard" : "places.currentCommune") : "places.communeOf",
                            place.parent() == null ? "" : place.parent().name()))
                            + Since2025.text(place, reader).map(since -> " " + since).orElse("")).strip()));
            case "marks" -> references.mark(slug).map(mark -> new Summary(mark.name(), mark.note()));
            case "conservation" -> references.list(slug).map(list -> new Summary(list.name(), list.note()));
            default -> references.instrument(slug).map(instrument -> new Summary(instrument.name(), instrument.note()));
        };
    }

    private static Optional<Summary> summary(Locale reader, String titleKey, String descriptionKey) {
        return Optional.of(new Summary(text(reader, titleKey), text(reader, descriptionKey)));
    }

    private static String text(Locale reader, String key, Object... params) {
        return MuseumTranslations.text(reader, key, params);
    }
}
