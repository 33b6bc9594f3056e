package vn.laocai.museum.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private void assertRendering(String markdown, String html) {
        assertThat(renderer.toHtml(markdown)).isEqualTo(html);
    }

    @Test
    void emphasis_and_paragraphs() {
        assertRendering("Tam thất **quý**", "<p>Tam thất <strong>quý</strong></p>\n");
    }

    @Test
    void raw_html_and_scripts_are_shown_as_text_never_run() {
        String html = renderer.toHtml("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(2)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert(2)>");
    }

    @Test
    void javascript_and_data_links_are_removed_web_and_internal_links_kept() {
        assertThat(renderer.toHtml("[a](javascript:alert(1)) [b](data:text/html,x)")).doesNotContain("javascript:").doesNotContain("data:");
        assertThat(renderer.toHtml("[web](https://vnredlist.vast.vn/x)"))
                .contains("href=\"https://vnredlist.vast.vn/x\"").contains("rel=\"nofollow\"");
        assertThat(renderer.toHtml("[loài](/species/panax-notoginseng)")).contains("href=\"/species/panax-notoginseng\"");
        assertThat(renderer.toHtml("[protocol-relative](//evil.example/x)")).doesNotContain("evil.example/x\"");
    }

    @Test
    void images_only_from_the_museum_media_store() {
        assertThat(renderer.toHtml("![lá](/media/sha256/ab/ab12.png)")).contains("<img src=\"/media/sha256/ab/ab12.png\"");
        assertThat(renderer.toHtml("![tracker](https://evil.example/pixel.gif)")).doesNotContain("evil.example");
    }

    @Test
    void gfm_tables_render() {
        assertThat(renderer.toHtml("| Tên | Họ |\n|---|---|\n| Quế | Lauraceae |\n"))
                .contains("<table>").contains("<td>Quế</td>");
    }
}
