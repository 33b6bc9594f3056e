package vn.laocai.museum.app.curation.editorial;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.curation.audit.AuditRecorder;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.search.GraphIndexer;

/** The editorial workflow of each kind of document, with the search index following each publication. */
@Configuration(proxyBeanMethods = false)
class EditorialConfiguration {

    private static EditorialWorkflow workflow(EditorialKind kind, GraphStore graph, Clock clock, GraphIndexer indexer) {
        // A published text is upserted, an archived one taken out of the index; a restricted record is never in it.
        return new EditorialWorkflow(kind, graph, ShaclValidator.museum(), clock, slug -> indexer.update(kind.document(), slug));
    }

    @Bean
    DocumentEditors documentEditors(GraphStore graph, Clock clock, GraphIndexer indexer) {
        return new DocumentEditors(
                new DocumentEditing(workflow(EditorialKind.REMEDY, graph, clock, indexer), graph, ShaclValidator.museum()),
                new DocumentEditing(workflow(EditorialKind.SPECIES, graph, clock, indexer), graph, ShaclValidator.museum()),
                new DocumentEditing(workflow(EditorialKind.STORY, graph, clock, indexer), graph, ShaclValidator.museum()),
                new DocumentEditing(workflow(EditorialKind.KNOWLEDGE, graph, clock, indexer), graph, ShaclValidator.museum()));
    }

    @Bean
    RemedyCsv remedyCsv(DocumentEditors editors, AuditRecorder audit, Clock clock) {
        return new RemedyCsv(editors.of(EditorialKind.REMEDY), audit, clock);
    }
}
