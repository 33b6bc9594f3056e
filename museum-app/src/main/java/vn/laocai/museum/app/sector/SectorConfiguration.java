package vn.laocai.museum.app.sector;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.ontology.GraphStore;

/** Wires the staff editor of the sector tables to the graph, the clock and the audit log. */
@Configuration(proxyBeanMethods = false)
class SectorConfiguration {

    @Bean
    SectorEditor sectorEditor(GraphStore graphStore, Clock clock, AuditLog auditLog) {
        return new SectorEditor(graphStore, clock, auditLog);
    }
}
