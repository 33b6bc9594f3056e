package vn.laocai.museum.app.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentForm;
import vn.laocai.museum.app.curation.editorial.EditorialException;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow.Editor;
import vn.laocai.museum.app.curation.editorial.HistoryEntry;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;

/**
 * The editorial workflow of species texts, stories and knowledge records on the shipped corpus in
 * a real TDB2 store and Lucene index: what the public pages read (the catalogs of the public
 * graph) and what search finds change only when a text is published, and change back when it is
 * archived; restricted knowledge stays in the restricted graph; roles; revert; conflicts.
 */
class DocumentWorkflowTest {

    private static final Editor CURATOR = new Editor("lan", Set.of(Role.CURATOR));
    private static final Editor REVIEWER = new Editor("hoa", Set.of(Role.REVIEWER));
    private static final Editor DAO_KEEPER = new Editor("mai", Set.of(Role.KEEPER), "Dao");
    private static final Editor HMONG_KEEPER = new Editor("sua", Set.of(Role.KEEPER, Role.CURATOR), "H'Mông");
    private static final String RESTRICTED = "red-dao-family-bath-recipes";

    @TempDir
    static Path directory;
    private static EditorialFixture fixture;
    private static Tdb2GraphStore store;
    private static SearchIndex index;
    private static MutableClock clock;
    private static DocumentEditing species;
    private static DocumentEditing stories;
    private static DocumentEditing knowledge;

    @BeforeAll
    static void load() {
        fixture = new EditorialFixture(directory);
        store = fixture.store;
        index = fixture.index;
        clock = fixture.clock;
        species = fixture.editors.of(EditorialKind.SPECIES);
        stories = fixture.editors.of(EditorialKind.STORY);
        knowledge = fixture.editors.of(EditorialKind.KNOWLEDGE);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<String> hits(String word) {
        return index.search(word, 20).stream().map(SearchHit::iri).toList();
    }

    /** Saves one field over what the editor loads, as the editor does. */
    private static void edit(DocumentEditing editing, Editor editor, String slug, String field, String value) {
        DocumentEditing.Loaded loaded = editing.load(editor, slug);
        DocumentForm form = loaded.form();
        form.set(field, value);
        editing.save(editor, form, loaded.version());
    }

    private static void publish(DocumentEditing editing, Editor writer, Editor publisher, String slug) {
        editing.workflow().submit(writer, slug);
        clock.advance(Duration.ofMinutes(1));
        editing.workflow().publish(publisher, slug);
    }

    @Nested
    class SpeciesTexts {

        @Test
        void a_published_species_text_reaches_its_page_and_search_and_archiving_takes_it_away_but_keeps_the_names() {
            String slug = "panax-notoginseng";
            SpeciesCatalog catalog = new SpeciesCatalog(store);
            int names = catalog.find(slug, "vi").orElseThrow().names().size();
            edit(species, CURATOR, slug, "narrative-vi", "Rễ củ **Quaxolinde** được thu hái sau ba năm.");
            edit(species, CURATOR, slug, "uses-vi", "Cầm máu.\nTan máu ứ Brevantium.");
            assertThat(catalog.find(slug, "vi").orElseThrow().narrativeMarkdown()).doesNotContain("Quaxolinde");
            assertThat(hits("Quaxolinde")).isEmpty();

            publish(species, CURATOR, REVIEWER, slug);

            var page = catalog.find(slug, "vi").orElseThrow();
            assertThat(page.narrativeMarkdown()).contains("Quaxolinde");
            assertThat(page.notes()).extracting(note -> note.text()).contains("Tan máu ứ Brevantium.");
            assertThat(page.names()).hasSize(names);
            assertThat(hits("Quaxolinde")).containsExactly(MuseumVocab.speciesIri(slug));
            HistoryEntry published = species.workflow().history(slug).getLast();
            assertThat(published.action()).isEqualTo("species-published");
            assertThat(DocumentForm.read(EditorialKind.SPECIES, slug, published.text().orElseThrow()).get("narrative-vi"))
                    .contains("Quaxolinde");

            species.workflow().archive(REVIEWER, slug);
            var archived = catalog.find(slug, "vi").orElseThrow();
            assertThat(archived.narrativeMarkdown()).isNullOrEmpty();
            assertThat(archived.names()).hasSize(names);
            assertThat(hits("Quaxolinde")).isEmpty();
            assertThat(species.list(CURATOR)).filteredOn(row -> row.slug().equals(slug))
                    .extracting(DocumentEditing.Row::state).containsExactly(EditorialState.ARCHIVED);

            // Drafted again from the archived text, and published again.
            assertThat(species.load(CURATOR, slug).form().get("narrative-vi")).contains("Quaxolinde");
            edit(species, CURATOR, slug, "summary-en", "Notoginseng, edited once more.");
            publish(species, CURATOR, REVIEWER, slug);
            assertThat(catalog.find(slug, "vi").orElseThrow().narrativeMarkdown()).contains("Quaxolinde");
            assertThat(hits("Quaxolinde")).containsExactly(MuseumVocab.speciesIri(slug));
        }

        @Test
        void a_curator_cannot_publish_and_a_keeper_cannot_write_a_species_text() {
            String slug = "lanxangia-tsao-ko";
            edit(species, CURATOR, slug, "summary-vi", "Thảo quả, bản sửa.");
            species.workflow().submit(CURATOR, slug);
            assertThatThrownBy(() -> species.workflow().publish(CURATOR, slug)).isInstanceOf(EditorialException.class)
                    .hasMessageContaining("not a reviewer");
            assertThatThrownBy(() -> species.workflow().start(DAO_KEEPER, "panax-notoginseng")).isInstanceOf(EditorialException.class);
            assertThat(species.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.IN_REVIEW);
        }

        @Test
        void a_save_over_a_newer_change_is_refused_with_who_made_it_and_their_text() {
            String slug = "illicium-verum";
            Editor other = new Editor("binh", Set.of(Role.CURATOR));
            DocumentEditing.Loaded mine = species.load(CURATOR, slug);
            DocumentEditing.Loaded theirs = species.load(other, slug);
            theirs.form().set("cultivation-vi", "Trồng dưới tán rừng, theo bản của Bình.");
            clock.advance(Duration.ofMinutes(2));
            species.save(other, theirs.form(), theirs.version());

            mine.form().set("narrative-vi", "Bản của Lan.");
            assertThatThrownBy(() -> species.save(CURATOR, mine.form(), mine.version()))
                    .isInstanceOfSatisfying(DocumentEditing.Conflict.class, conflict -> {
                        assertThat(conflict.changedBy()).isEqualTo("binh");
                        assertThat(conflict.theirs().form().get("cultivation-vi")).isEqualTo("Trồng dưới tán rừng, theo bản của Bình.");
                        assertThat(mine.form().differences(conflict.theirs().form())).extracting(DocumentForm.Field::key)
                                .containsExactlyInAnyOrder("narrative-vi", "cultivation-vi");
                    });
            // Merged: theirs taken for cultivation, mine kept for the narrative, saved on their version.
            DocumentEditing.Loaded current = species.load(CURATOR, slug);
            mine.form().set("cultivation-vi", current.form().get("cultivation-vi"));
            species.save(CURATOR, mine.form(), current.version());
            DocumentForm saved = species.load(CURATOR, slug).form();
            assertThat(saved.get("narrative-vi")).isEqualTo("Bản của Lan.");
            assertThat(saved.get("cultivation-vi")).isEqualTo("Trồng dưới tán rừng, theo bản của Bình.");
        }

        @Test
        void sources_are_required_and_the_message_stands_at_the_sources_field() {
            String slug = "panax-bipinnatifidus";
            DocumentEditing.Loaded loaded = species.load(CURATOR, slug);
            String sources = loaded.form().get("sources");
            var base = species.content(slug, loaded.revision());
            assertThat(species.validate(loaded.form(), base, "en")).isEmpty();
            loaded.form().set("sources", "");
            assertThat(species.validate(loaded.form(), base, "en")).extracting(DocumentEditing.FieldMessage::field).contains("sources")
                    // The uses cite the sources by id: each citation of a source now gone is flagged at its use.
                    .contains("uses-vi", "uses-en");
            // Replacing them all leaves the uses citing sources that are gone.
            loaded.form().set("sources", "https://example.org/a A source");
            assertThat(species.validate(loaded.form(), base, "en")).extracting(DocumentEditing.FieldMessage::field)
                    .doesNotContain("sources").contains("uses-vi");
            loaded.form().set("sources", sources + "\nhttps://example.org/b Another source");
            assertThat(species.validate(loaded.form(), base, "en")).isEmpty();
        }
    }

    @Nested
    class Stories {

        @Test
        void a_published_story_reaches_its_page_and_search_and_archiving_removes_it() {
            String slug = "que-van-yen";
            DocumentCatalog catalog = new DocumentCatalog(store);
            edit(stories, CURATOR, slug, "title-vi", "Quế Văn Yên Xylocandre");
            assertThat(catalog.find(DocumentKind.STORY, slug, "vi").orElseThrow().title()).doesNotContain("Xylocandre");
            publish(stories, CURATOR, REVIEWER, slug);
            assertThat(catalog.find(DocumentKind.STORY, slug, "vi").orElseThrow().title()).isEqualTo("Quế Văn Yên Xylocandre");
            assertThat(hits("Xylocandre")).containsExactly(DocumentKind.STORY.iri(slug));
            stories.workflow().archive(REVIEWER, slug);
            assertThat(catalog.find(DocumentKind.STORY, slug, "vi")).isEmpty();
            assertThat(hits("Xylocandre")).isEmpty();
        }
    }

    @Nested
    class KnowledgeRecords {

        @Test
        void a_restricted_record_is_invisible_to_a_curator_and_a_keeper_of_another_community() {
            assertThat(knowledge.list(CURATOR)).extracting(DocumentEditing.Row::slug).doesNotContain(RESTRICTED).isNotEmpty();
            assertThat(knowledge.list(HMONG_KEEPER)).extracting(DocumentEditing.Row::slug).doesNotContain(RESTRICTED);
            assertThatThrownBy(() -> knowledge.load(CURATOR, RESTRICTED)).isInstanceOf(EditorialException.class);
            assertThatThrownBy(() -> knowledge.load(HMONG_KEEPER, RESTRICTED)).isInstanceOf(EditorialException.class);
            assertThatThrownBy(() -> knowledge.workflow().start(HMONG_KEEPER, RESTRICTED)).isInstanceOf(EditorialException.class);
            assertThatThrownBy(() -> knowledge.workflow().start(CURATOR, "giay-foot-baths-ta-van")).isInstanceOf(EditorialException.class);
            assertThat(knowledge.list(DAO_KEEPER)).extracting(DocumentEditing.Row::slug).contains(RESTRICTED);
            assertThat(knowledge.list(REVIEWER)).extracting(DocumentEditing.Row::slug).contains(RESTRICTED);
        }

        @Test
        void a_keeper_publishes_a_restricted_record_and_it_stays_out_of_the_public_graph_and_search() {
            edit(knowledge, DAO_KEEPER, RESTRICTED, "narrative-vi", "Cộng đồng đồng ý bổ sung Vendrathum.");
            publish(knowledge, DAO_KEEPER, DAO_KEEPER, RESTRICTED);

            assertThat(new DocumentCatalog(store).find(DocumentKind.KNOWLEDGE, RESTRICTED, "vi")).isEmpty();
            var restricted = DocumentCatalog.restricted(store).find(DocumentKind.KNOWLEDGE, RESTRICTED, "vi").orElseThrow();
            assertThat(restricted.narrativeMarkdown()).contains("Vendrathum");
            assertThat(restricted.restricted()).isTrue();
            assertThat(hits("Vendrathum")).isEmpty();
            assertThat(knowledge.workflow().home(RESTRICTED)).isEqualTo(MuseumGraph.RESTRICTED);
            assertThat(hits("Dao")).doesNotContain(DocumentKind.KNOWLEDGE.iri(RESTRICTED));
            // The admins' audit log names the step, not the record.
            var descriptions = store.select(MuseumGraph.AUDIT, org.apache.jena.query.QueryFactory.create(
                    "SELECT ?d WHERE { ?a <http://purl.org/dc/terms/description> ?d FILTER(STRSTARTS(STR(?d), \"knowledge \")) }"), java.util.Map.of());
            assertThat(descriptions).extracting(row -> row.getLiteral("d").getString()).isNotEmpty().allMatch(d -> !d.contains(RESTRICTED));
        }
    }

    @Nested
    class Reverts {

        @Test
        void reverting_opens_a_draft_with_the_old_text_that_is_recorded_with_its_reason_and_published_as_any_other() {
            String slug = "cay-doc-va-cay-de-nham";
            edit(stories, CURATOR, slug, "summary-vi", "Bản thứ nhất.");
            publish(stories, CURATOR, REVIEWER, slug);
            edit(stories, CURATOR, slug, "summary-vi", "Bản thứ hai.");
            publish(stories, CURATOR, REVIEWER, slug);
            HistoryEntry first = stories.workflow().history(slug).getFirst();

            assertThatThrownBy(() -> stories.workflow().revert(CURATOR, slug, first.id(), " ")).hasMessageContaining("reason");
            assertThatThrownBy(() -> stories.workflow().revert(REVIEWER, slug, first.id(), "Sai.")).isInstanceOf(EditorialException.class);
            clock.advance(Duration.ofMinutes(1));
            stories.workflow().revert(CURATOR, slug, first.id(), "Bản thứ hai chép sai nguồn.");

            assertThat(stories.workflow().revision(slug).orElseThrow().state()).isEqualTo(EditorialState.DRAFT);
            assertThat(stories.load(CURATOR, slug).form().get("summary-vi")).isEqualTo("Bản thứ nhất.");
            assertThat(new DocumentCatalog(store).find(DocumentKind.STORY, slug, "vi").orElseThrow().summary()).isEqualTo("Bản thứ hai.");
            HistoryEntry revert = stories.workflow().history(slug).getLast();
            assertThat(revert.action()).isEqualTo("story-reverted");
            assertThat(revert.who()).isEqualTo("lan");
            assertThat(revert.reason()).isEqualTo("Bản thứ hai chép sai nguồn.");

            publish(stories, CURATOR, REVIEWER, slug);
            assertThat(new DocumentCatalog(store).find(DocumentKind.STORY, slug, "vi").orElseThrow().summary()).isEqualTo("Bản thứ nhất.");
            assertThat(stories.workflow().history(slug)).extracting(HistoryEntry::step)
                    .containsExactly("published", "published", "reverted", "published");
        }

        @Test
        void reverting_a_species_text_replaces_the_open_draft_and_keeps_the_names() {
            String slug = "panax-vietnamensis";
            edit(species, CURATOR, slug, "safety-vi", "Lưu ý một.");
            publish(species, CURATOR, REVIEWER, slug);
            HistoryEntry first = species.workflow().history(slug).getFirst();
            edit(species, CURATOR, slug, "safety-vi", "Lưu ý hai, chưa gửi.");
            species.workflow().revert(CURATOR, slug, first.id(), "Quay về bản đã duyệt.");
            assertThat(species.load(CURATOR, slug).form().get("safety-vi")).isEqualTo("Lưu ý một.");
            assertThat(species.workflow().draft(slug).listSubjectsWithProperty(MuseumVocab.LITERAL_FORM).toList()).isNotEmpty();
        }
    }
}
