package vn.laocai.museum.app.trace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.ontology.GraphStore;

/** Wires the trace feature: the service that follows codes through the public graph. */
@Configuration(proxyBeanMethods = false)
class TraceConfiguration {

    @Bean
    TraceService traceService(GraphStore graphStore) {
        return new TraceService(graphStore);
    }
}
