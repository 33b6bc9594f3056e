package vn.laocai.museum.app.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.media.MediaStore;
import vn.laocai.museum.ontology.ComponentHealth;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.search.SearchIndex;

/** Health of the graph, the search index and the media store at {@code /actuator/health}, each with its reason. */
@Configuration(proxyBeanMethods = false)
class MuseumHealth {

    @Bean
    HealthIndicator graphHealthIndicator(GraphStore store) {
        return () -> toHealth(store.health());
    }

    @Bean
    HealthIndicator searchIndexHealthIndicator(SearchIndex index) {
        return () -> toHealth(index.health());
    }

    @Bean
    HealthIndicator mediaStoreHealthIndicator(MediaStore store) {
        return () -> toHealth(store.health());
    }

    private static Health toHealth(ComponentHealth health) {
        return (health.up() ? Health.up() : Health.down()).withDetail("detail", health.detail()).build();
    }
}
