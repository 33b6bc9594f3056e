package vn.laocai.museum.ontology;

import java.util.Objects;
import org.apache.jena.query.QuerySolution;

/**
 * One 3D model of a species as a page shows it: the model's object key, the key of its poster (a
 * still drawn from it, null when it has none), its size in bytes and triangles (null when unknown),
 * the caption in the page's language, and credits. {@code placeholder} marks a generated stand-in.
 */
public record SpeciesModel(String key, String posterKey, long bytes, Long triangles, String caption, String creator,
        String licence, boolean placeholder) {

    public SpeciesModel {
        Objects.requireNonNull(key, "key");
    }

    /** One row of {@code species-models.rq} or {@code models.rq}. */
    static SpeciesModel of(QuerySolution row) {
        return new SpeciesModel(QueryRows.text(row, "key"), QueryRows.text(row, "poster"),
                row.contains("size") ? row.getLiteral("size").getLong() : 0,
                row.contains("triangles") ? row.getLiteral("triangles").getLong() : null,
                QueryRows.text(row, "caption"), QueryRows.text(row, "creator"), QueryRows.text(row, "licence"),
                row.contains("placeholder") && row.getLiteral("placeholder").getBoolean());
    }
}
