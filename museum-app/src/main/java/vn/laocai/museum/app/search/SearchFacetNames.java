package vn.laocai.museum.app.search;

import java.util.Map;

/** Headings of the search page's facets, by facet key. */
final class SearchFacetNames {

    private static final Map<String, String> VIETNAMESE = Map.ofEntries(
            Map.entry("type", "Loại"),
            Map.entry("family", "Họ thực vật"),
            Map.entry("part", "Bộ phận dùng"),
            Map.entry("use", "Nhóm công dụng"),
            Map.entry("ethnicGroup", "Dân tộc"),
            Map.entry("conservation", "Danh lục bảo tồn"),
            Map.entry("redList", "Hạng nguy cấp"),
            Map.entry("legalGroup", "Nhóm pháp lý"),
            Map.entry("commune", "Xã"),
            Map.entry("district", "Huyện (trước 2025)"),
            Map.entry("has3d", "Có mô hình 3D"),
            Map.entry("hasGi", "Có chỉ dẫn địa lý"));

    private SearchFacetNames() {}

    static String vietnamese(String key) {
        return VIETNAMESE.getOrDefault(key, key);
    }
}
