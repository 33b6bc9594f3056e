package vn.laocai.museum.app.trace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.ontology.GraphStore;

/** Wires the trace feature: the service that follows codes through the public graph, and the growing-area editor for staff. */
@Configuration(proxyBeanMethods = false)
class TraceConfiguration {

    @Bean
    TraceService traceService(GraphStore graphStore) {
        return new TraceService(graphStore);
    }

    @Bean
    GrowingAreaEditor growingAreaEditor(GraphStore graphStore, java.time.Clock clock) {
        return new GrowingAreaEditor(graphStore, clock);
    }
}
