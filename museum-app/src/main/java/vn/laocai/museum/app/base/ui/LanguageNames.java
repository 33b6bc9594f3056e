package vn.laocai.museum.app.base.ui;

import java.util.Map;

/** How a name's language tag is shown to Vietnamese readers ("H'Mông: cúa dô"). */
public final class LanguageNames {

    private static final Map<String, String> VIETNAMESE = Map.ofEntries(
            Map.entry("vi", "Tiếng Việt"),
            Map.entry("en", "Tiếng Anh"),
            Map.entry("la", "Tên khoa học"),
            Map.entry("zh", "Chữ Hán"),
            Map.entry("zh-latn-pinyin", "Bính âm"),
            Map.entry("hnj", "H'Mông"),
            Map.entry("ium", "Dao"),
            Map.entry("tyz", "Tày"),
            Map.entry("nut", "Nùng"),
            Map.entry("pcc", "Giáy"),
            Map.entry("hni", "Hà Nhì"),
            Map.entry("blt", "Thái"),
            Map.entry("sed", "Xơ Đăng"));

    private LanguageNames() {}

    public static String vietnamese(String languageTag) {
        return VIETNAMESE.getOrDefault(languageTag.toLowerCase(java.util.Locale.ROOT), languageTag);
    }
}
