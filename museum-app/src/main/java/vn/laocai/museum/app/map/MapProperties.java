package vn.laocai.museum.app.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The maps' settings ({@code museum.map.*}, or {@code MUSEUM_MAP_*} variables).
 *
 * @param tileUrl         a Leaflet tile URL template such as {@code https://tile.example.org/{z}/{x}/{y}.png};
 *                        empty: no tiles, only the province outline and the points (an offline kiosk) (MUSEUM_MAP_TILE_URL)
 * @param tileAttribution the credit the tile provider asks for, shown in the map's corner (MUSEUM_MAP_TILE_ATTRIBUTION)
 */
@ConfigurationProperties("museum.map")
public record MapProperties(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {

    /** No tiles: what tests and an offline kiosk use. */
    public static MapProperties offline() {
        return new MapProperties("", "");
    }
}
