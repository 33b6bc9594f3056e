package vn.laocai.museum.app.map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The simplified outline of Lào Cai province that every map draws, tiles or not: the GeoJSON file
 * {@code META-INF/resources/maps/lao-cai-outline.geojson} (also served at {@code /maps/…}). Its
 * first feature says where it comes from, under which licence, and whether it is only approximate.
 *
 * <pre>{@code
 * ProvinceOutline outline = ProvinceOutline.shipped();
 * outline.contains(103.867, 22.350);   // true: Sa Pa lies in the province
 * }</pre>
 *
 * @param license     the licence of the outline (null for the museum's own sketch)
 * @param attribution the credit the licence asks for, shown in the map's corner (may be null)
 */
public record ProvinceOutline(String geoJson, boolean approximate, String source, String license, String attribution) {

    static final String RESOURCE = "META-INF/resources/maps/lao-cai-outline.geojson";

    /** The outline shipped with the museum. */
    public static ProvinceOutline shipped() {
        try (InputStream in = ProvinceOutline.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonObject properties = firstFeature(text).getAsJsonObject("properties");
            boolean approximate = properties.has("approximate") && properties.get("approximate").getAsBoolean();
            return new ProvinceOutline(text, approximate, properties.get("source").getAsString(), optional(properties, "license"),
                    optional(properties, "attribution"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a point (WGS 84 degrees) lies inside the outline: an even-odd ray test over every ring of
     * every polygon, so a hole leaves its points out.
     */
    public boolean contains(double longitude, double latitude) {
        boolean inside = false;
        for (double[][] ring : polygons().stream().flatMap(List::stream).toList()) {
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
                if ((yi > latitude) != (yj > latitude) && longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /**
     * The outline's polygons, each as its rings of {longitude, latitude} points: the outer ring first,
     * then its holes.
     */
    List<List<double[][]>> polygons() {
        JsonObject geometry = firstFeature(geoJson).getAsJsonObject("geometry");
        JsonArray coordinates = geometry.getAsJsonArray("coordinates");
        List<JsonArray> polygons = new ArrayList<>();
        if ("MultiPolygon".equals(geometry.get("type").getAsString())) {
            coordinates.forEach(polygon -> polygons.add(polygon.getAsJsonArray()));
        } else {
            polygons.add(coordinates);
        }
        List<List<double[][]>> result = new ArrayList<>();
        for (JsonArray polygon : polygons) {
            List<double[][]> rings = new ArrayList<>();
            for (JsonElement ring : polygon) {
                JsonArray points = ring.getAsJsonArray();
                double[][] xy = new double[points.size()][];
                for (int i = 0; i < xy.length; i++) {
                    JsonArray point = points.get(i).getAsJsonArray();
                    xy[i] = new double[] {point.get(0).getAsDouble(), point.get(1).getAsDouble()};
                }
                rings.add(xy);
            }
            result.add(rings);
        }
        return result;
    }

    private static String optional(JsonObject properties, String name) {
        return properties.has(name) ? properties.get(name).getAsString() : null;
    }

    private static JsonObject firstFeature(String text) {
        return JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("features").get(0).getAsJsonObject();
    }
}
