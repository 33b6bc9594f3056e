package vn.laocai.museum.app.base.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Public pages that are not documents (places, marks, lists, the catalogue …): a feature lists
 * them for the sitemap and names them for the first HTML — title, description and a heading for
 * crawlers — as {@link PageMetadata} and {@link ServerRendering} do for species and documents.
 */
public interface PublicPages {

    /** Every such page's path, without the leading slash ("places/sa-pa"). */
    List<String> paths();

    /** The title and description of a path in the reader's language; empty when the path is not one of these pages. */
    Optional<Summary> describe(String path, Locale reader);

    /** What the first HTML says of a page: its title (without the site's name) and a sentence. */
    record Summary(String title, String description) {

        public Summary {
            Objects.requireNonNull(title, "title");
            description = description == null ? "" : description;
        }
    }
}
