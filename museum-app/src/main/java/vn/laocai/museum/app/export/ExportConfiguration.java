package vn.laocai.museum.app.export;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.system.MuseumProperties;
import vn.laocai.museum.export.DarwinCoreArchive;
import vn.laocai.museum.export.DatasetDescription;
import vn.laocai.museum.export.DumpCache;
import vn.laocai.museum.ontology.GraphStore;

/** The researchers' exports: dumps cached under {@code <data-dir>/dumps}, VoID, the Darwin Core Archive. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DumpCache dumpCache(GraphStore store, MuseumProperties properties, Clock clock) {
        return new DumpCache(store, properties.dataDir().resolve("dumps"), clock);
    }

    @Bean
    DatasetDescription datasetDescription(GraphStore store) {
        return new DatasetDescription(store);
    }

    @Bean
    DarwinCoreArchive darwinCoreArchive(GraphStore store) {
        return new DarwinCoreArchive(store);
    }
}
