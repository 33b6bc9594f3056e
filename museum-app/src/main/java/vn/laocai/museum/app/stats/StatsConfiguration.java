package vn.laocai.museum.app.stats;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.ontology.GraphStore;

/** Wires the dashboard and the six-monthly report to the graph. */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    PlanProgressService planProgressService(GraphStore graphStore) {
        return new PlanProgressService(graphStore);
    }

    @Bean
    SixMonthReport sixMonthReport(PlanProgressService planProgressService) {
        return new SixMonthReport(planProgressService);
    }
}
