package vn.laocai.museum.media.check;

import java.util.Optional;

/**
 * What a kiosk has to draw for one glTF model: counts summed over its meshes' primitives, and the
 * bounding box of its POSITION accessors in mesh coordinates (metres in glTF), before any node
 * transform.
 *
 * @param boundingBox min x, y, z then max x, y, z; empty when no primitive has positions
 */
public record ModelStats(int meshes, long triangles, long vertices, int textures, int images, long fileSize,
        Optional<double[]> boundingBox) {

    public ModelStats {
        boundingBox = boundingBox.map(double[]::clone);
    }

    @Override
    public Optional<double[]> boundingBox() {
        return boundingBox.map(double[]::clone);
    }
}
