package vn.laocai.museum.app.sector;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.curation.audit.AuditLog;
import vn.laocai.museum.app.system.MuseumProperties;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.ontology.GraphStore;

/** Wires the staff editor of the sector tables to the graph, the clock, the audit log and the corpus files. */
@Configuration(proxyBeanMethods = false)
class SectorConfiguration {

    @Bean
    SectorEditor sectorEditor(GraphStore graphStore, Clock clock, AuditLog auditLog, MuseumProperties properties) {
        return new SectorEditor(graphStore, clock, auditLog, () -> PackagedCorpus.read(properties));
    }
}
