package vn.laocai.museum.app.linkeddata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.LinkedData;

@Configuration(proxyBeanMethods = false)
class LinkedDataConfiguration {

    @Bean
    LinkedData linkedData(GraphStore store) {
        return new LinkedData(store);
    }
}
