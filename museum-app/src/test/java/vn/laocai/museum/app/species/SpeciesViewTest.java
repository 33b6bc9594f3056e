package vn.laocai.museum.app.species;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.NotFoundException;
import java.nio.file.Path;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The species page without a browser (Karibu), on a real TDB2 store loaded from the shipped corpus. */
class SpeciesViewTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private SpeciesView view;

    @BeforeEach
    void setUp() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        MuseumMockVaadin.setup();
        view = new SpeciesView(new SpeciesCatalog(store), new vn.laocai.museum.ontology.DocumentCatalog(store), new MarkdownRenderer());
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MuseumMockVaadin.tearDown();
        store.close();
    }

    @Test
    void shows_the_title_names_and_marks_what_is_unverified() {
        view.setParameter(null, "panax-notoginseng");

        assertThat(_get(view, H1.class).getText()).isEqualTo("Tam thất");
        assertThat(view.getPageTitle()).startsWith("Tam thất — ");
        UnorderedList names = _get(view, UnorderedList.class, spec -> spec.withClasses("museum-names"));
        assertThat(names.getElement().getTextRecursively()).contains("Chữ Hán: 三七").contains("Tên khoa học: Panax pseudo-ginseng");
        assertThat(_find(view, Span.class, spec -> spec.withClasses("museum-unverified"))).isNotEmpty();
    }

    @Test
    void a_page_opened_again_after_a_write_of_the_public_graph_shows_the_write() {
        view.setParameter(null, "panax-notoginseng");
        String before = _get(view, Html.class, spec -> spec.withClasses("museum-narrative")).getInnerHtml();
        Resource tamThat = ResourceFactory.createResource(MuseumVocab.speciesIri("panax-notoginseng"));
        String narrative = new SpeciesCatalog(store).find("panax-notoginseng", "vi").orElseThrow().narrativeMarkdown();
        store.write(writer -> {
            writer.remove(MuseumGraph.PUBLIC, ModelFactory.createDefaultModel()
                    .add(tamThat, MuseumVocab.NARRATIVE, ResourceFactory.createLangLiteral(narrative, "vi")));
            writer.add(MuseumGraph.PUBLIC, ModelFactory.createDefaultModel()
                    .add(tamThat, MuseumVocab.NARRATIVE, ResourceFactory.createLangLiteral("Củ *Quelvarin* phơi trên gác bếp.", "vi")));
        });

        view.setParameter(null, "panax-notoginseng");

        assertThat(before).doesNotContain("Quelvarin");
        assertThat(_get(view, Html.class, spec -> spec.withClasses("museum-narrative")).getInnerHtml()).contains("<em>Quelvarin</em>");
    }

    @Test
    void an_unknown_species_is_not_found() {
        assertThatThrownBy(() -> view.setParameter(null, "no-such-herb")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_protected_herb_shows_where_it_grows_on_a_map_generalised_with_the_reason() {
        view.setDistribution(new vn.laocai.museum.app.map.SpeciesDistributionMap(new vn.laocai.museum.ontology.ReferenceCatalog(store),
                vn.laocai.museum.app.map.MapProperties.offline(), vn.laocai.museum.app.map.ProvinceOutline.shipped()));
        view.setParameter(null, "panax-vietnamensis");

        assertThat(_find(view, com.vaadin.flow.component.html.H2.class)).extracting(H2 -> H2.getText()).contains("Nơi cây mọc");
        assertThat(_find(view, vn.laocai.museum.app.map.HerbMap.class)).hasSize(1);
        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("museum-map-notice")).getElement()
                .getTextRecursively()).isNotBlank();
    }

    @Test
    void the_distribution_shows_the_current_commune_beside_the_former_one_and_marks_an_unverified_successor() {
        view.setDistribution(new vn.laocai.museum.app.map.SpeciesDistributionMap(new vn.laocai.museum.ontology.ReferenceCatalog(store),
                vn.laocai.museum.app.map.MapProperties.offline(), vn.laocai.museum.app.map.ProvinceOutline.shipped()));
        view.setParameter(null, "angelica-sinensis");

        UnorderedList places = _get(view, UnorderedList.class, spec -> spec.withClasses("museum-distribution"));
        assertThat(places.getElement().getTextRecursively())
                .contains("Trịnh Tường (huyện cũ Bát Xát) — Từ ngày 1/7/2025 thuộc xã Trịnh Tường. chưa kiểm chứng")
                .contains("Y Tý (huyện cũ Bát Xát)");
        assertThat(_find(places, com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getHref())
                .contains("/places/bat-xat-trinh-tuong", "/places/xa-trinh-tuong");
        // A successor a press page confirms carries no badge.
        view.setParameter(null, "lanxangia-tsao-ko");
        UnorderedList taVan = _get(view, UnorderedList.class, spec -> spec.withClasses("museum-distribution"));
        assertThat(taVan.getElement().getTextRecursively()).contains("Tả Van (huyện cũ Sa Pa) — Từ ngày 1/7/2025 thuộc xã Tả Van.");
        assertThat(_find(taVan, Span.class, spec -> spec.withClasses("museum-unverified"))).isEmpty();
    }
}
