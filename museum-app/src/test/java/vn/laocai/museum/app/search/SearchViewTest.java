package vn.laocai.museum.app.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchIndex;

/** The search page without a browser (Karibu), over a real Lucene index built from the corpus. */
class SearchViewTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private SearchIndex index;
    private SearchView view;

    @BeforeEach
    void setUp() {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        index = SearchIndex.inMemory();
        new GraphIndexer(new SpeciesCatalog(store), new DocumentCatalog(store), index).rebuild();
        MockVaadin.setup();
        view = new SearchView(index);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        index.close();
        store.close();
    }

    @Test
    void results_link_to_species_pages_and_say_which_name_matched() {
        view.show("三七");
        assertThat(_get(view, H1.class).getText()).isEqualTo("Kết quả cho “三七”");
        Anchor first = _find(view, Anchor.class).getFirst();
        assertThat(first.getHref()).isEqualTo("species/panax-notoginseng");
        assertThat(first.getElement().getTextRecursively()).contains("Tam thất").contains("Chữ Hán: 三七");
    }

    @Test
    void nothing_found_says_so() {
        view.show("xyzzy");
        assertThat(_find(view, Anchor.class)).isEmpty();
        assertThat(_get(view, Paragraph.class).getText()).contains("Không tìm thấy");
    }
}
