package vn.laocai.museum.app.curation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.laocai.museum.app.curation.account.Account;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.security.MuseumUser;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.content.ContentLoader;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.ontology.Tdb2GraphStore;
import vn.laocai.museum.search.GraphIndexer;
import vn.laocai.museum.search.SearchIndex;

/**
 * What the editorial tests share: the shipped corpus in a real TDB2 store, a Lucene index built
 * from it, and the editing of every kind on a clock the test moves, each publication re-indexed.
 */
final class EditorialFixture implements AutoCloseable {

    /** A reader without roles: remedies, species texts and stories are public texts anyone reads. */
    static final EditorialWorkflow.Editor READER = new EditorialWorkflow.Editor("reader", Set.of());

    final Tdb2GraphStore store;
    final SearchIndex index;
    final DocumentEditors editors;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

    EditorialFixture(Path directory) {
        store = Tdb2GraphStore.open(directory);
        new ContentLoader(store).load(PackagedCorpus.packaged());
        index = SearchIndex.inMemory();
        GraphIndexer indexer = new GraphIndexer(store, index);
        indexer.rebuild();
        DocumentEditing[] editing = new DocumentEditing[EditorialKind.values().length];
        for (EditorialKind kind : EditorialKind.values()) {
            EditorialWorkflow workflow = new EditorialWorkflow(kind, store, ShaclValidator.museum(), clock,
                    slug -> indexer.update(kind.document(), slug));
            editing[kind.ordinal()] = new DocumentEditing(workflow, store, ShaclValidator.museum());
        }
        editors = new DocumentEditors(editing);
    }

    DocumentEditing remedies() {
        return editors.of(EditorialKind.REMEDY);
    }

    /** The slug of the remedy at that place in the list. */
    String remedyAt(int position) {
        return remedies().list(READER).get(position).slug();
    }

    /** Logs the account in for the views (Karibu) under test. */
    static void logIn(String name, String community, Role... roles) {
        MuseumUser user = new MuseumUser(new Account(name, "{noop}x", Set.of(roles), community, true, Instant.EPOCH, Instant.EPOCH));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Override
    public void close() {
        index.close();
        store.close();
    }
}
