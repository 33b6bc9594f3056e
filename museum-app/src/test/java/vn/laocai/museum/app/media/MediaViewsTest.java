package vn.laocai.museum.app.media;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.ontology.ModelCatalog;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesImage;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The gallery, the lightbox and the 3D collection without a browser (Karibu), the collection on a real TDB2 store. */
@ExtendWith(MuseumMockVaadin.PerTest.class)
class MediaViewsTest {

    private static final List<SpeciesImage> PICTURES = List.of(
            new SpeciesImage("sha256/aa/a.jpg", "sha256/aa/a-320.jpg", "sha256/aa/a-2560.jpg", "Củ tam thất", "Nguyễn Văn A", "CC-BY-4.0", false),
            new SpeciesImage("sha256/bb/b.jpg", null, null, null, null, null, false),
            new SpeciesImage("sha256/cc/c.png", null, null, "Ảnh minh hoạ", null, null, true));

    @TempDir
    Path directory;

    @Test
    void the_gallery_leads_with_the_first_picture_and_its_credits_and_lists_all_as_thumbnails() {
        SpeciesGallery gallery = new SpeciesGallery(PICTURES, "Tam thất");
        UI.getCurrent().add(gallery);

        NativeButton lead = _get(gallery, NativeButton.class, spec -> spec.withClasses("museum-gallery-lead"));
        assertThat(lead.getElement().getChild(0).getAttribute("src")).isEqualTo("/media/sha256/aa/a.jpg");
        assertThat(lead.getElement().getAttribute("aria-label")).isEqualTo("Mở ảnh 1 trên 3: Tam thất");
        assertThat(_get(gallery, Span.class, spec -> spec.withClasses("museum-credit")).getText())
                .isEqualTo("Tác giả: Nguyễn Văn A · Giấy phép: CC-BY-4.0");
        List<NativeButton> thumbnails = _find(gallery, NativeButton.class, spec -> spec.withClasses("museum-gallery-thumbnail"));
        assertThat(thumbnails).extracting(button -> button.getElement().getChild(0).getAttribute("src"))
                .containsExactly("/media/sha256/aa/a-320.jpg", "/media/sha256/bb/b.jpg", "/media/sha256/cc/c.png");
    }

    @Test
    void a_thumbnail_opens_the_lightbox_at_its_picture_and_previous_and_next_stop_at_the_ends() {
        SpeciesGallery gallery = new SpeciesGallery(PICTURES, "Tam thất");
        UI.getCurrent().add(gallery);

        _click(_find(gallery, NativeButton.class, spec -> spec.withClasses("museum-gallery-thumbnail")).get(2));
        Lightbox lightbox = _get(Lightbox.class);
        assertThat(lightbox.isOpened()).isTrue();
        assertThat(lightbox.index()).isEqualTo(2);
        assertThat(lightbox.getHeaderTitle()).isEqualTo("Ảnh 3/3 · Tam thất");
        assertThat(_get(lightbox, Span.class, spec -> spec.withClasses("museum-placeholder-badge")).getText())
                .isEqualTo("Minh hoạ tạm thời, tạo tự động");
        Button next = _get(Button.class, spec -> spec.withClasses("museum-lightbox-next"));
        assertThat(next.isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withClasses("museum-lightbox-previous")));
        _click(_get(Button.class, spec -> spec.withClasses("museum-lightbox-previous")));
        assertThat(lightbox.index()).isZero();
        assertThat(_get(lightbox, com.vaadin.flow.component.html.Image.class).getSrc())
                .as("the lightbox shows the largest rendition").isEqualTo("/media/sha256/aa/a-2560.jpg");
        assertThat(_get(Button.class, spec -> spec.withClasses("museum-lightbox-previous")).isEnabled()).isFalse();
    }

    @Test
    void the_collection_steps_through_every_model_in_one_viewer_and_wraps_around() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(directory)) {
            store.write(writer -> writer.add(MuseumGraph.PUBLIC, threeModels()));
            ModelsView view = new ModelsView(new ModelCatalog(store));
            UI.getCurrent().add(view);
            view.localeChange(null);

            ModelPanel panel = _get(view, ModelPanel.class);
            ModelViewer viewer = _get(view, ModelViewer.class);
            assertThat(viewer.getElement().getAttribute("src")).isEqualTo("/media/sha256/00/m0.glb");
            assertThat(viewer.getElement().getAttribute("poster")).isEqualTo("/media/sha256/00/p0.png");
            assertThat(viewer.getElement().getAttribute("alt")).startsWith("Mô hình 3D của Cây 0");
            assertThat(viewer.getElement().getAttribute("loading")).isEqualTo("lazy");
            Button next = _get(view, Button.class, spec -> spec.withClasses("museum-models-next"));
            _click(next);
            _click(next);
            assertThat(_get(view, ModelPanel.class)).as("the same panel").isSameAs(panel);
            assertThat(_get(view, ModelViewer.class)).as("the same viewer").isSameAs(viewer);
            assertThat(viewer.getElement().getAttribute("src")).isEqualTo("/media/sha256/02/m2.glb");
            assertThat(viewer.getElement().getAttribute("poster")).isEqualTo("/media/sha256/02/p2.png");
            assertThat(viewer.getElement().getAttribute("alt")).startsWith("Mô hình 3D của Cây 2");
            assertThat(viewer.getElement().getAttribute("camera-controls")).isNotNull();
            assertThat(_get(panel, Span.class, spec -> spec.withClasses("museum-caption")).getText()).isEqualTo("Cây 2");
            assertThat(_get(view, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("museum-models-species")).getHref())
                    .isEqualTo("species/herb-2");
            _click(next);
            assertThat(_get(view, ModelViewer.class).getElement().getAttribute("src")).isEqualTo("/media/sha256/00/m0.glb");
            _click(_get(view, Button.class, spec -> spec.withClasses("museum-models-previous")));
            assertThat(viewer.getElement().getAttribute("src")).isEqualTo("/media/sha256/02/m2.glb");
            assertThat(_find(view, ModelViewer.class)).hasSize(1);
            assertThat(_find(view, NativeButton.class, spec -> spec.withClasses("museum-gallery-thumbnail"))).hasSize(3);
        }
    }

    private static Model threeModels() {
        Model model = ModelFactory.createDefaultModel();
        for (int i = 0; i < 3; i++) {
            String slug = "herb-" + i;
            Resource scan = model.createResource(MuseumVocab.mediaIri("m" + i))
                    .addProperty(RDF.type, MuseumVocab.MODEL_3D)
                    .addProperty(MuseumVocab.OBJECT_KEY, "sha256/0" + i + "/m" + i + ".glb")
                    .addProperty(MuseumVocab.THUMBNAIL, model.createResource(MuseumVocab.mediaIri("p" + i))
                            .addProperty(MuseumVocab.OBJECT_KEY, "sha256/0" + i + "/p" + i + ".png"));
            model.createResource(MuseumVocab.speciesIri(slug))
                    .addProperty(RDF.type, MuseumVocab.TAXON)
                    .addProperty(MuseumVocab.SLUG, slug)
                    .addProperty(MuseumVocab.SCIENTIFIC_NAME, "Herba " + i)
                    .addProperty(MuseumVocab.NAME, "Cây " + i, "vi")
                    .addLiteral(MuseumVocab.STRATEGIC_RANK, i + 1)
                    .addProperty(MuseumVocab.SUBJECT_OF, scan);
        }
        return model;
    }
}
