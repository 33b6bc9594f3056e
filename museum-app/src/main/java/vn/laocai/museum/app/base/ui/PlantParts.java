package vn.laocai.museum.app.base.ui;

import java.util.Map;

/** Plant-part codes of the corpus, as Vietnamese readers call them. */
public final class PlantParts {

    private static final Map<String, String> VIETNAMESE = Map.ofEntries(
            Map.entry("root", "rễ"), Map.entry("rhizome", "thân rễ"), Map.entry("tuber", "củ"), Map.entry("bulb", "thân hành"),
            Map.entry("bark", "vỏ"), Map.entry("stem", "thân"), Map.entry("twig", "cành"), Map.entry("leaf", "lá"),
            Map.entry("flower", "hoa"), Map.entry("fruit", "quả"), Map.entry("seed", "hạt"),
            Map.entry("whole-plant", "toàn cây"), Map.entry("aerial-parts", "phần trên mặt đất"), Map.entry("wood", "gỗ"),
            Map.entry("resin", "nhựa"));

    private PlantParts() {}

    public static String vietnamese(String code) {
        return VIETNAMESE.getOrDefault(code, code);
    }
}
