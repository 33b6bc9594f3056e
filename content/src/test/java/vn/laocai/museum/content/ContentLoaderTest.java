package vn.laocai.museum.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesDetail;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.ontology.TaxonName;

class ContentLoaderTest {

    @TempDir
    Path directory;

    private Tdb2GraphStore store;
    private ContentLoader loader;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(directory);
        loader = new ContentLoader(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static List<ContentFile> shippedCorpus() {
        return Corpus.fromDirectory(resource("/corpus"));
    }

    static Path resource(String name) {
        try {
            return Path.of(ContentLoaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_shipped_corpus_loads_and_reads_back_through_the_catalog() {
        LoadReport report = loader.load(shippedCorpus());
        assertThat(report.changed()).isTrue();
        assertThat(report.species()).contains("panax-notoginseng");
        SpeciesDetail tamThat = new SpeciesCatalog(store).find("panax-notoginseng", "vi").orElseThrow();
        assertThat(tamThat.summary().title()).isEqualTo("Tam thất");
        assertThat(tamThat.summary().strategicRank()).isEqualTo(3);
        assertThat(tamThat.names()).contains(new TaxonName("三七", "zh", "pharmaceutical", false, true));
        assertThat(tamThat.names()).anyMatch(name -> name.form().equals("Panax pseudo-ginseng") && !name.verified());
        assertThat(new SpeciesCatalog(store).find("panax-notoginseng", "en").orElseThrow().summary().title())
                .isEqualTo("Notoginseng");
    }

    @Test
    void loading_the_same_corpus_again_changes_nothing() {
        loader.loadIfChanged(shippedCorpus());
        long size = store.size(MuseumGraph.PUBLIC);
        LoadReport again = loader.loadIfChanged(shippedCorpus());
        assertThat(again.changed()).isFalse();
        assertThat(loader.load(shippedCorpus()).documents()).as("nothing changed, nothing rewritten").isEmpty();
        assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(size);
    }

    @Test
    void reloading_an_edited_corpus_replaces_the_species_without_duplicates() {
        List<ContentFile> corpus = shippedCorpus();
        loader.load(corpus);
        long size = store.size(MuseumGraph.PUBLIC);
        List<ContentFile> edited = new ArrayList<>();
        for (ContentFile file : corpus) {
            edited.add(file.path().equals("species/panax-notoginseng.en.md")
                    ? new ContentFile(file.path(), file.text().replace("title: Notoginseng", "title: Sanchi"))
                    : file);
        }
        assertThat(loader.loadIfChanged(edited).changed()).isTrue();
        assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(size);
        assertThat(new SpeciesCatalog(store).find("panax-notoginseng", "en").orElseThrow().summary().title())
                .isEqualTo("Sanchi");
    }

    @Test
    void a_broken_corpus_reports_every_error_with_file_and_line_and_stores_nothing() {
        loader.load(shippedCorpus());
        long before = store.size(MuseumGraph.PUBLIC);
        List<ContentFile> broken = new ArrayList<>(shippedCorpus());
        broken.addAll(Corpus.fromDirectory(resource("/broken")));

        assertThatThrownBy(() -> loader.load(broken))
                .isInstanceOf(ContentException.class)
                .satisfies(thrown -> assertThat(((ContentException) thrown).errors()).extracting(ContentError::toString)
                        .contains(
                                "species/bad-one.vi.md:9: front matter: unknown field 'colour'; allowed: "
                                        + new java.util.TreeSet<>(SpeciesMapper.VI_KEYS),
                                "species/bad-one.vi.md:11: names[1].lang: unknown language 'xx'; use one of "
                                        + new java.util.TreeSet<>(SpeciesMapper.LANGUAGES),
                                "species/bad-one.vi.md:12: names[2].status: 'famous' is not one of "
                                        + new java.util.TreeSet<>(SpeciesMapper.STATUSES),
                                "species/bad-one.vi.md:12: cites source 's9', which is not in the sources list",
                                "species/bad-one.vi.md:13: partsUsed: 'petals' is not one of "
                                        + new java.util.TreeSet<>(SpeciesMapper.PARTS),
                                "species/bad-one.vi.md:15: sources: url must start with http:// or https://: ftp://example.org/x",
                                "species/bad-one.vi.md:16: useCategories[2]: 'happiness' is not one of "
                                        + new java.util.TreeSet<>(SpeciesMapper.USE_CATEGORIES),
                                "species/orphan.vi.md:1: the document needs both a .vi.md and a .en.md file"));
        assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(before);
        assertThat(new SpeciesCatalog(store).find("bad-one", "vi")).isEmpty();
    }

    @Test
    void malformed_yaml_is_reported_with_its_line() {
        List<ContentError> errors = new ArrayList<>();
        FrontMatter.parse(new ContentFile("species/x.vi.md", "---\nid: x\ntitle: [unclosed\n---\nbody\n"), errors);
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().path()).isEqualTo("species/x.vi.md");
        assertThat(errors.getFirst().line()).isBetween(3, 5);
        assertThat(errors.getFirst().message()).startsWith("YAML: ");
    }

    @Test
    void a_file_without_front_matter_is_refused() {
        List<ContentError> errors = new ArrayList<>();
        FrontMatter.parse(new ContentFile("species/x.vi.md", "# Just markdown\n"), errors);
        assertThat(errors).extracting(ContentError::toString)
                .containsExactly("species/x.vi.md:1: the file must start with a '---' line opening the front matter");
    }

    @Test
    void reloading_after_one_file_changed_rewrites_exactly_that_document() {
        List<ContentFile> corpus = shippedCorpus();
        loader.load(corpus);
        long size = store.size(MuseumGraph.PUBLIC);
        List<ContentFile> edited = corpus.stream()
                .map(file -> file.path().equals("species/cinnamomum-cassia.en.md")
                        ? new ContentFile(file.path(), file.text().replace("title: Chinese cassia", "title: Cassia bark tree"))
                        : file)
                .toList();
        LoadReport report = loader.loadIfChanged(edited);
        assertThat(report.documents()).containsExactly("species/cinnamomum-cassia");
        assertThat(store.size(MuseumGraph.PUBLIC)).isEqualTo(size);
        assertThat(new SpeciesCatalog(store).find("cinnamomum-cassia", "en").orElseThrow().summary().title())
                .isEqualTo("Cassia bark tree");
    }

    @Test
    void a_document_whose_files_are_gone_leaves_the_graph() {
        List<ContentFile> corpus = shippedCorpus();
        loader.load(corpus);
        List<ContentFile> without = corpus.stream().filter(file -> !file.path().startsWith("stories/")).toList();
        loader.load(without);
        var stories = store.select(MuseumGraph.PUBLIC, org.apache.jena.query.QueryFactory.create(
                "SELECT ?s WHERE { ?s a <https://w3id.org/laocai-herbs/ns#Story> }"), java.util.Map.of());
        assertThat(stories).isEmpty();
        assertThat(loader.load(corpus).count("stories")).isPositive();
    }
}
