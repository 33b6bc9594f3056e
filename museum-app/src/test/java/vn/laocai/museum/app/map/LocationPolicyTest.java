package vn.laocai.museum.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.laocai.museum.ontology.References.GeoPoint;

class LocationPolicyTest {

    @Test
    void a_point_of_an_unprotected_species_is_shown_where_it_is() {
        LocationPolicy.Shown shown = LocationPolicy.show(new GeoPoint(103.867, 22.350), false);
        assertThat(shown.generalised()).isFalse();
        assertThat(shown.lat()).isEqualTo(22.350);
        assertThat(shown.lon()).isEqualTo(103.867);
    }

    @Test
    void a_point_of_a_protected_species_moves_to_the_centre_of_its_tenth_of_a_degree_cell() {
        LocationPolicy.Shown shown = LocationPolicy.show(new GeoPoint(103.867, 22.350), true);
        assertThat(shown.generalised()).isTrue();
        assertThat(shown.lat()).isEqualTo(22.35);
        assertThat(shown.lon()).isEqualTo(103.85);
        assertThat(shown.cell()).isEqualTo(new MapMarker.GeneralisedCell(22.3, 103.8, 22.4, 103.9));
        assertThat(LocationPolicy.show(new GeoPoint(103.801, 22.399), true).cell()).isEqualTo(shown.cell());
    }
}
