package vn.laocai.museum.app.sector;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.system.MuseumProperties;
import vn.laocai.museum.app.system.PackagedCorpus;
import vn.laocai.museum.ontology.GraphStore;

/** Wires the staff editor of the sector tables to the graph, the clock and the corpus files (audit entries go into the graph with the data). */
@Configuration(proxyBeanMethods = false)
class SectorConfiguration {

    @Bean
    SectorEditor sectorEditor(GraphStore graphStore, Clock clock, MuseumProperties properties) {
        return new SectorEditor(graphStore, clock, () -> PackagedCorpus.read(properties));
    }
}
