package vn.laocai.museum.app.curation.editorial;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.curation.audit.AuditRecorder;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.ShaclValidator;
import vn.laocai.museum.search.GraphIndexer;

/** The remedies' editorial workflow, with the search index following each publication. */
@Configuration(proxyBeanMethods = false)
class EditorialConfiguration {

    @Bean
    RemedyWorkflow remedyWorkflow(GraphStore graph, Clock clock, GraphIndexer indexer) {
        // A published remedy is upserted, an archived one taken out of the index.
        return new RemedyWorkflow(graph, ShaclValidator.museum(), clock, slug -> indexer.update(DocumentKind.REMEDY, slug));
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
