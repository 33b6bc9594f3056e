package vn.laocai.museum.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small text rules of the archive. */
class ExportTextTest {

    @Test
    void language_is_the_primary_subtag_of_the_bcp_47_tag() {
        assertThat(DwcTables.iso639("zh-Latn-pinyin")).isEqualTo("zh");
        assertThat(DwcTables.iso639("hnj")).isEqualTo("hnj");
        assertThat(DwcTables.iso639("VI")).isEqualTo("vi");
    }

    @Test
    void tabs_and_line_breaks_are_escaped_so_a_record_stays_on_one_line() {
        assertThat(Tsv.escape("a\tb\r\nc\rd\ne")).isEqualTo("a\\tb\\nc\\nd\\ne");
    }

    @Test
    void locality_lists_communes_in_vietnamese_order_then_district_and_province() {
        assertThat(DwcTables.locality(new LinkedHashSet<>(List.of("Tả Van Chư", "Nậm Mòn")), "Bắc Hà"))
                .isEqualTo("Nậm Mòn, Tả Van Chư (Bắc Hà), Lào Cai");
        assertThat(DwcTables.locality(new LinkedHashSet<>(), "Sa Pa")).isEqualTo("Sa Pa, Lào Cai");
    }

    @Test
    void markdown_marks_are_removed_and_links_keep_their_target() {
        assertThat(MarkdownText.plain("Trồng ở **Si Ma Cai**, xem [báo](https://example.org/a)."))
                .isEqualTo("Trồng ở Si Ma Cai, xem báo (https://example.org/a).");
    }
}
