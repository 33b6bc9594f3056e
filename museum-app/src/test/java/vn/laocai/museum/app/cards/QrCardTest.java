package vn.laocai.museum.app.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.AppTestBase;

/** Garden labels: a printable card per public page, whose QR code, read back, opens that page. */
class QrCardTest extends AppTestBase {

    @Test
    void the_qr_code_of_a_species_reads_back_as_its_page_address() throws Exception {
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(url("/qr/species/panax-notoginseng.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo("http://127.0.0.1:" + port + "/species/panax-notoginseng");
        assertThat(get(decoded.replace("http://127.0.0.1:" + port, "")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_card_is_a_printable_page_with_the_name_and_the_code() throws Exception {
        HttpResponse<String> card = get("/cards/species/panax-notoginseng");
        assertThat(card.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(card.body());
        assertThat(html.select("html").attr("lang")).isEqualTo("vi");
        assertThat(html.select("h1").text()).isEqualTo("Tam thất");
        assertThat(html.select(".latin").text()).isEqualTo("Panax notoginseng");
        assertThat(html.select("svg path").attr("d")).startsWith("M");
        assertThat(html.select("svg").attr("aria-label")).endsWith("/species/panax-notoginseng");
        assertThat(html.select("style").html()).contains("@page { size: A6");
        assertThat(get("/cards/stories/" + firstStory()).statusCode()).isEqualTo(200);
        assertThat(get("/qr/stories/" + firstStory() + ".svg").body()).startsWith("<svg");
    }

    @Test
    void no_card_for_what_is_not_public() throws Exception {
        assertThat(get("/cards/species/no-such-herb").statusCode()).isEqualTo(404);
        assertThat(get("/cards/knowledge/red-dao-family-bath-recipes").statusCode()).isEqualTo(404);
        assertThat(get("/qr/knowledge/red-dao-family-bath-recipes.png").statusCode()).isEqualTo(404);
        assertThat(get("/cards/species/..%2F..%2Fetc").statusCode()).isIn(400, 404);
    }

    private String firstStory() throws Exception {
        String sitemap = get("/sitemap.xml").body();
        int at = sitemap.indexOf("/stories/") + "/stories/".length();
        return sitemap.substring(at, sitemap.indexOf("<", at));
    }
}
