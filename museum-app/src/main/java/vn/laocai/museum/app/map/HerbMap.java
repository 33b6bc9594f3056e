package vn.laocai.museum.app.map;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Objects;

/**
 * A Leaflet map of the province: its outline, and markers with popups. Leaflet comes from its
 * WebJar by URL, so the pre-built Vaadin bundle needs no rebuild; the outline is drawn without any
 * tile server, so the map works on an offline kiosk.
 *
 * <pre>{@code
 * HerbMap map = new HerbMap(properties, ProvinceOutline.shipped(), "Bản đồ");
 * map.show(new MapLayers(references, reader, "/").species("panax-vietnamensis"));
 * }</pre>
 *
 * For a species page: {@code add(new HerbMap(...))} and {@code show(layers.species(slug))}.
 */
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@JavaScript("context://maps/herb-map.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
@StyleSheet("context://styles/map.css")
public class HerbMap extends Div {

    private static final Gson JSON = new Gson();

    private final MapProperties settings;
    private final ProvinceOutline outline;
    private String outlineLabel;
    private List<MapMarker> markers = List.of();

    public HerbMap(MapProperties settings, ProvinceOutline outline, String label) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.outline = Objects.requireNonNull(outline, "outline");
        addClassName("museum-map");
        getElement().setAttribute("role", "region");
        setLabel(label);
    }

    /** The map's name for screen readers. */
    public void setLabel(String label) {
        getElement().setAttribute("aria-label", label == null ? "" : label);
    }

    /** The credit line of the outline (e.g. that it is approximate), shown in the map's corner. */
    public void setOutlineLabel(String label) {
        this.outlineLabel = label;
    }

    /** Draws these markers (replacing any drawn before). */
    public void show(List<MapMarker> shown) {
        this.markers = List.copyOf(shown);
        getElement().setAttribute("data-expected-markers", String.valueOf(markers.size()));
        if (isAttached()) {
            render();
        }
    }

    public List<MapMarker> markers() {
        return markers;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        render();
    }

    private void render() {
        getElement().executeJs("window.museumMap.render(this, JSON.parse($0))", config());
    }

    /** What the browser script draws, as JSON. */
    String config() {
        JsonObject config = new JsonObject();
        config.addProperty("tileUrl", settings.tileUrl());
        config.addProperty("tileAttribution", settings.tileAttribution());
        config.add("outline", JsonParser.parseString(outline.geoJson()));
        config.addProperty("outlineApproximate", outline.approximate());
        config.addProperty("outlineLabel", outlineLabel);
        JsonArray points = new JsonArray();
        for (MapMarker marker : markers) {
            JsonObject point = new JsonObject();
            point.addProperty("lat", marker.lat());
            point.addProperty("lon", marker.lon());
            point.addProperty("title", marker.title());
            point.addProperty("link", marker.link());
            point.add("lines", JSON.toJsonTree(marker.lines()));
            point.addProperty("generalised", marker.generalised());
            point.addProperty("commune", marker.commune() && !marker.generalised());
            if (marker.generalised()) {
                point.addProperty("cellSouth", marker.cell().south());
                point.addProperty("cellWest", marker.cell().west());
                point.addProperty("cellNorth", marker.cell().north());
                point.addProperty("cellEast", marker.cell().east());
            }
            points.add(point);
        }
        config.add("markers", points);
        return JSON.toJson(config);
    }
}
