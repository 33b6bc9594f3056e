package vn.laocai.museum.app.sparql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.system.MuseumProperties;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.sparql.PublicSparql;

/** The public query service behind {@code /sparql} and the query page, with the configured limits. */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {

    @Bean
    PublicSparql publicSparql(GraphStore store, MuseumProperties properties) {
        return new PublicSparql(store, properties.sparql().timeout(), properties.sparql().maxRows());
    }

    /** The query page's logic, over the same service as the endpoint, with the packaged examples. */
    @Bean
    SparqlPresenter sparqlPresenter(PublicSparql publicSparql) {
        return new SparqlPresenter(publicSparql, SparqlExamples.packaged());
    }
}
