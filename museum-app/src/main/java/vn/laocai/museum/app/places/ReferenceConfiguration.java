package vn.laocai.museum.app.places;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laocai.museum.app.map.MapProperties;
import vn.laocai.museum.app.map.ProvinceOutline;
import vn.laocai.museum.app.map.SpeciesDistributionMap;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.search.DocumentFacets;

/** The reference data (places, marks, lists) the public pages, the maps and the kiosk read. */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

    @Bean
    ReferenceCatalog referenceCatalog(GraphStore graphStore) {
        return new ReferenceCatalog(graphStore);
    }

    @Bean
    DocumentFacets documentFacets(GraphStore graphStore) {
        return new DocumentFacets(graphStore);
    }

    @Bean
    ProvinceOutline provinceOutline() {
        return ProvinceOutline.shipped();
    }

    /** The distribution map a species page can show (see {@link SpeciesDistributionMap}). */
    @Bean
    SpeciesDistributionMap speciesDistributionMap(ReferenceCatalog catalog, MapProperties settings, ProvinceOutline outline) {
        return new SpeciesDistributionMap(catalog, settings, outline);
    }
}
