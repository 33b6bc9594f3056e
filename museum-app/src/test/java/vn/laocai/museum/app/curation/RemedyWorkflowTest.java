package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.EditorialException;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.EditorialRevision;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow.Editor;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.Tdb2GraphStore;

/** The remedies' editorial workflow on the shipped corpus in a real TDB2 store. */
class RemedyWorkflowTest {

    private static final Editor CURATOR = new Editor("lan", Set.of(Role.CURATOR));
    private static final Editor REVIEWER = new Editor("hoa", Set.of(Role.REVIEWER));
    private static final Editor KEEPER = new Editor("mai", Set.of(Role.KEEPER));

    private static Path directory;
    private static Tdb2GraphStore store;
    private static DocumentCatalog catalog;
    private static final List<String> reindexed = new ArrayList<>();
    private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private static EditorialWorkflow workflow;

    @BeforeAll
    static void loadCorpus() throws Exception {
        directory = Files.createTempDirectory("museum-workflow-");
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        catalog = new DocumentCatalog(store);
        workflow = new EditorialWorkflow(EditorialKind.REMEDY, store, ShaclValidator.museum(), clock, reindexed::add);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String title(String slug) {
        return catalog.find(DocumentKind.REMEDY, slug, "vi").orElseThrow().title();
    }

    /** The draft with its Vietnamese title replaced. */
    private static Model retitled(String slug, String title) {
        Model draft = workflow.draft(slug);
        Resource remedy = draft.getResource(MuseumVocab.resourceIri("remedy", slug));
        draft.listStatements(remedy, MuseumVocab.NAME, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                .filter(statement -> statement.getLanguage().equals("vi")).forEach(draft::remove);
        draft.add(remedy, MuseumVocab.NAME, draft.createLiteral(title, "vi"));
        return draft;
    }

    @Test
    void a_draft_changes_nothing_public_until_a_reviewer_publishes_it() {
        String slug = "ba-kich-ngam-ruou";
        String before = title(slug);
        workflow.start(CURATOR, slug);
        workflow.replace(CURATOR, slug, retitled(slug, "Ba kích ngâm rượu (bản sửa)"));
        assertThat(title(slug)).isEqualTo(before);
        workflow.submit(CURATOR, slug);
        workflow.comment(REVIEWER, slug, "Nguồn tốt, có thể công bố.");
        clock.advance(Duration.ofMinutes(5));
        workflow.publish(REVIEWER, slug);

        assertThat(title(slug)).isEqualTo("Ba kích ngâm rượu (bản sửa)");
        assertThat(reindexed).contains(slug);
        EditorialRevision revision = workflow.revision(slug).orElseThrow();
        assertThat(revision.state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(revision.changedBy()).isEqualTo("hoa");
        assertThat(revision.comments()).extracting(EditorialRevision.Comment::text).containsExactly("Nguồn tốt, có thể công bố.");
        var provenance = store.select(MuseumGraph.AUDIT, QueryFactory.create("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?who WHERE { ?revision prov:wasRevisionOf ?remedy ; prov:wasGeneratedBy ?activity .
                                    ?activity prov:wasAssociatedWith/<http://www.w3.org/2000/01/rdf-schema#label> ?who }"""),
                Map.of("remedy", org.apache.jena.rdf.model.ResourceFactory.createResource(MuseumVocab.resourceIri("remedy", slug))));
        assertThat(provenance).hasSize(1);
        assertThat(provenance.getFirst().getLiteral("who").getString()).isEqualTo("hoa");
    }

    @Test
    void a_reviewer_sends_a_draft_back_with_a_comment_and_the_curator_resubmits() {
        String slug = "bach-hop-bo-phoi";
        workflow.start(CURATOR, slug);
        workflow.submit(CURATOR, slug);
        workflow.sendBack(REVIEWER, slug, "Thiếu liều dùng cho trẻ em.");
        clock.advance(Duration.ofMinutes(1));
        assertThat(workflow.revision(slug).orElseThrow().state()).isEqualTo(EditorialState.DRAFT);
        workflow.comment(CURATOR, slug, "Đã bổ sung.");
        workflow.submit(CURATOR, slug);
        EditorialRevision revision = workflow.revision(slug).orElseThrow();
        assertThat(revision.state()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(revision.comments()).extracting(EditorialRevision.Comment::author).containsExactly("hoa", "lan");
    }

    @Test
    void a_revision_that_breaks_the_shapes_is_not_published_and_the_public_remedy_stays() {
        String slug = catalog.list(DocumentKind.REMEDY, "vi").get(5).slug();
        String before = title(slug);
        workflow.start(CURATOR, slug);
        Model broken = workflow.draft(slug);
        broken.removeAll(broken.getResource(MuseumVocab.resourceIri("remedy", slug)), MuseumVocab.HAS_INGREDIENT, null);
        workflow.replace(CURATOR, slug, broken);
        workflow.submit(CURATOR, slug);
        assertThatThrownBy(() -> workflow.publish(REVIEWER, slug)).isInstanceOf(EditorialException.class)
                .hasMessageContaining("does not conform");
        assertThat(title(slug)).isEqualTo(before);
        assertThat(catalog.find(DocumentKind.REMEDY, slug, "vi").orElseThrow().ingredients()).isNotEmpty();
        assertThat(workflow.revision(slug).orElseThrow().state()).isEqualTo(EditorialState.IN_REVIEW);
    }

    @Test
    void each_step_is_for_its_role_and_its_state() {
        String slug = catalog.list(DocumentKind.REMEDY, "vi").get(6).slug();
        assertThatThrownBy(() -> workflow.start(KEEPER, slug)).isInstanceOf(EditorialException.class);
        assertThatThrownBy(() -> workflow.start(REVIEWER, slug)).isInstanceOf(EditorialException.class);
        workflow.start(CURATOR, slug);
        assertThatThrownBy(() -> workflow.start(CURATOR, slug)).hasMessageContaining("open already");
        assertThatThrownBy(() -> workflow.publish(REVIEWER, slug)).hasMessageContaining("is draft, not in-review");
        workflow.submit(CURATOR, slug);
        assertThatThrownBy(() -> workflow.publish(CURATOR, slug)).hasMessageContaining("not a reviewer");
        assertThatThrownBy(() -> workflow.replace(CURATOR, slug, workflow.draft(slug))).hasMessageContaining("in-review");
        assertThatThrownBy(() -> workflow.comment(KEEPER, slug, "…")).isInstanceOf(EditorialException.class);
        Model other = workflow.draft(slug);
        other.add(other.createResource(MuseumVocab.speciesIri("panax-notoginseng")), MuseumVocab.NAME, "x");
        assertThatThrownBy(() -> workflow.replace(CURATOR, slug, other)).isInstanceOf(EditorialException.class);
    }

    @Test
    void an_archived_remedy_leaves_the_public_graph_and_may_be_drafted_again() {
        String slug = catalog.list(DocumentKind.REMEDY, "vi").get(7).slug();
        workflow.start(CURATOR, slug);
        workflow.submit(CURATOR, slug);
        workflow.publish(REVIEWER, slug);
        workflow.archive(REVIEWER, slug);
        assertThat(catalog.find(DocumentKind.REMEDY, slug, "vi")).isEmpty();
        assertThat(workflow.revision(slug).orElseThrow().state()).isEqualTo(EditorialState.ARCHIVED);
        workflow.start(CURATOR, slug);
        assertThat(workflow.draft(slug).isEmpty()).isFalse();
        workflow.submit(CURATOR, slug);
        workflow.publish(REVIEWER, slug);
        assertThat(catalog.find(DocumentKind.REMEDY, slug, "vi")).isPresent();
    }

    @Test
    void a_fault_elsewhere_in_the_public_graph_does_not_stop_a_revision_that_adds_none() {
        String slug = catalog.list(DocumentKind.REMEDY, "vi").get(8).slug();
        Model fault = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        fault.add(fault.createResource(MuseumVocab.speciesIri("panax-notoginseng")), MuseumVocab.NAME, fault.createLiteral("A second title", "en"));
        store.write(writer -> writer.add(MuseumGraph.PUBLIC, fault));
        try {
            workflow.start(CURATOR, slug);
            workflow.replace(CURATOR, slug, retitled(slug, "Bài thuốc hiệu đính"));
            workflow.submit(CURATOR, slug);
            workflow.publish(REVIEWER, slug);
            assertThat(title(slug)).isEqualTo("Bài thuốc hiệu đính");
        } finally {
            store.write(writer -> writer.remove(MuseumGraph.PUBLIC, fault));
        }
    }
}
