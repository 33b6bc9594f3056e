package vn.laocai.museum.app.map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The simplified outline of Lào Cai province that every map draws, tiles or not: the GeoJSON file
 * {@code META-INF/resources/maps/lao-cai-outline.geojson} (also served at {@code /maps/…}). Its
 * first feature says where it comes from and whether it is only approximate.
 */
public record ProvinceOutline(String geoJson, boolean approximate, String source) {

    static final String RESOURCE = "META-INF/resources/maps/lao-cai-outline.geojson";

    /** The outline shipped with the museum. */
    public static ProvinceOutline shipped() {
        try (InputStream in = ProvinceOutline.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonObject properties = JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("features")
                    .get(0).getAsJsonObject().getAsJsonObject("properties");
            boolean approximate = properties.has("approximate") && properties.get("approximate").getAsBoolean();
            return new ProvinceOutline(text, approximate, properties.get("source").getAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
