package vn.laocai.museum.app.media;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.web.PublicPages;

/**
 * Names the 3D collection for the first HTML: its heading and lead sentence are on screen before
 * the 3D viewer's scripts arrive. The sitemap lists {@code /models} already.
 */
@Component
class ModelsPage implements PublicPages {

    private static final String PATH = "models";

    @Override
    public List<String> paths() {
        return List.of();
    }

    @Override
    public Optional<Summary> describe(String path, Locale reader) {
        return PATH.equals(path)
                ? Optional.of(new Summary(MuseumTranslations.text(reader, "media.collectionTitle"),
                        MuseumTranslations.text(reader, "media.collectionLead")))
                : Optional.empty();
    }
}
