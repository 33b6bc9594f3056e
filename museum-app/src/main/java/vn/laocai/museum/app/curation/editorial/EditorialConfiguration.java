package vn.laocai.museum.app.curation.editorial;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.curation.audit.AuditRecorder;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.search.GraphIndexer;

/** The remedies' editorial workflow, with the search index following each publication. */
@Configuration(proxyBeanMethods = false)
class EditorialConfiguration {

    @Bean
    RemedyWorkflow remedyWorkflow(GraphStore graph, Clock clock, GraphIndexer indexer, DocumentCatalog documents) {
        return new RemedyWorkflow(graph, ShaclValidator.museum(), clock, slug -> {
            // The index has no removal of one document: an archived remedy goes with a rebuild.
            if (documents.find(DocumentKind.REMEDY, slug, "vi").isPresent()) {
                indexer.update(DocumentKind.REMEDY, slug);
            } else {
                indexer.rebuild();
            }
        });
    }

    @Bean
    RemedyEditing remedyEditing(RemedyWorkflow workflow, GraphStore graph) {
        return new RemedyEditing(workflow, graph, ShaclValidator.museum());
    }

    @Bean
    RemedyCsv remedyCsv(RemedyEditing editing, AuditRecorder audit, Clock clock) {
        return new RemedyCsv(editing, audit, clock);
    }
}
