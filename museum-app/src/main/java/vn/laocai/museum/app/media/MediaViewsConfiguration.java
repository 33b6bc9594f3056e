package vn.laocai.museum.app.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.ModelCatalog;

/** What the media views read from the graph. */
@Configuration(proxyBeanMethods = false)
class MediaViewsConfiguration {

    @Bean
    ModelCatalog modelCatalog(GraphStore graphStore) {
        return new ModelCatalog(graphStore);
    }
}
