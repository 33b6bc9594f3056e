package vn.laocai.museum.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.app.AppTestBase;

/** Trace codes over HTTP on the whole museum: page statuses, EPCIS JSON-LD, and QR codes that decode to the page. */
class TraceHttpTest extends AppTestBase {

    static final String OIL = "/01/02000000000015/10/TDQ-2503-01";
    static final String ANGELICA = "/01/02000000000022/10/DQ-2412-07";
    static final String REVOKED = "/01/02000000000046/10/TT-2310-02";
    static final String UNKNOWN = "/01/02000000000015/10/FAKE-0001";
    static final String ARTICHOKE = "/01/02000000000039/10/ACT-2502-03";

    @Test
    void a_known_code_opens_with_200_an_unknown_one_with_404_and_a_withdrawn_one_with_410() throws Exception {
        HttpResponse<String> known = get(OIL);
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).as("the first HTML names the area and species").contains("VN-LCI-VYN-XTA-0001")
                .contains("href=\"/species/cinnamomum-cassia\"").contains("DỮ LIỆU MẪU");
        HttpResponse<String> unknown = get(UNKNOWN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).as("the page itself still loads, with the warning in its first HTML")
                .contains("<html").contains("role=\"alert\"").contains("Cảnh báo: mã không có trong hệ thống");
        assertThat(get("/01/02000000000016/10/TDQ-2503-01").statusCode()).as("wrong check digit").isEqualTo(404);
        HttpResponse<String> revoked = get(REVOKED);
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(revoked.body()).contains("<html").contains("Cảnh báo: mã đã bị thu hồi");
    }

    @Test
    void the_harvest_names_the_ward_its_commune_has_been_part_of_since_2025_where_a_source_gives_one() throws Exception {
        assertThat(get(ARTICHOKE).body()).as("Hàm Rồng, Sa Pa: a successor from the plan, not yet the resolution")
                .contains("Từ ngày 1/7/2025 thuộc phường Sa Pa. (chưa kiểm chứng)");
        assertThat(get(OIL).body()).as("Xuân Tầm, Văn Yên: no source gives its successor").doesNotContain("Từ ngày 1/7/2025");
    }

    @Test
    void epcis_json_ld_holds_the_harvest_and_each_processing_step_in_order() throws Exception {
        HttpResponse<String> response = get(OIL + "/epcis.jsonld");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/ld+json"));
        JsonObject document = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(document.get("type").getAsString()).isEqualTo("EPCISDocument");
        assertThat(document.get("schemaVersion").getAsString()).isEqualTo("2.0");
        assertThat(document.getAsJsonArray("@context").get(0).getAsString()).isEqualTo(EpcisDocument.CONTEXT);
        assertThat(document.get("herb:sampleData").getAsBoolean()).isTrue();
        JsonArray events = document.getAsJsonObject("epcisBody").getAsJsonArray("eventList");
        List<String> types = StreamSupport.stream(events.spliterator(), false).map(e -> e.getAsJsonObject().get("type").getAsString()).toList();
        assertThat(types).containsExactly("ObjectEvent", "TransformationEvent", "TransformationEvent");

        JsonObject harvest = events.get(0).getAsJsonObject();
        assertThat(harvest.get("action").getAsString()).isEqualTo("ADD");
        assertThat(harvest.get("bizStep").getAsString()).isEqualTo("commissioning");
        assertThat(harvest.get("eventTime").getAsString()).isEqualTo("2025-03-10T07:30+07:00");
        assertThat(harvest.get("eventTimeZoneOffset").getAsString()).isEqualTo("+07:00");
        assertThat(harvest.getAsJsonObject("readPoint").get("id").getAsString()).endsWith("/id/area/vyn-xta-0001");
        JsonObject picked = harvest.getAsJsonArray("quantityList").get(0).getAsJsonObject();
        assertThat(picked.get("quantity").getAsDouble()).isEqualTo(2400.0);
        assertThat(picked.get("uom").getAsString()).isEqualTo("KGM");
        assertThat(harvest.get("herb:growingAreaCode").getAsString()).isEqualTo("VN-LCI-VYN-XTA-0001");

        JsonObject distilling = events.get(1).getAsJsonObject();
        assertThat(distilling.get("bizStep").getAsString()).isEqualTo("creating_class_instance");
        assertThat(distilling.getAsJsonArray("inputQuantityList").get(0).getAsJsonObject().get("epcClass").getAsString())
                .isEqualTo(picked.get("epcClass").getAsString());
        assertThat(distilling.getAsJsonObject("readPoint").get("id").getAsString()).endsWith("/id/facility/nha-may-mau-que-van-yen");
        JsonObject bottling = events.get(2).getAsJsonObject();
        assertThat(bottling.getAsJsonArray("outputQuantityList").get(0).getAsJsonObject().get("epcClass").getAsString())
                .isEqualTo("https://id.gs1.org" + OIL);
        assertThat(bottling.get("eventTime").getAsString()).startsWith("2025-03-18");
    }

    @Test
    void epcis_of_unknown_and_withdrawn_codes_is_404_and_410() throws Exception {
        assertThat(get(UNKNOWN + "/epcis.jsonld").statusCode()).isEqualTo(404);
        assertThat(get(REVOKED + "/epcis.jsonld").statusCode()).isEqualTo(410);
    }

    @Test
    void the_qr_code_of_a_lot_decodes_to_its_trace_page_on_this_host() throws Exception {
        String decoded = decode(png("/trace-qr" + ANGELICA + ".png"));
        assertThat(decoded).isEqualTo(url(ANGELICA).toString().replace("127.0.0.1", "127.0.0.1"));
        assertThat(DigitalLink.parse(decoded)).map(DigitalLink::path).contains(ANGELICA);
        assertThat(get("/trace-qr/01/02000000000016/10/X.png").statusCode()).isEqualTo(404);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_for_the_staff_page_and_sees_none_of_it() throws Exception {
        HttpResponse<String> response = get("/staff/growing-areas");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(response.body()).doesNotContain("staff.form").doesNotContain("Nhập hay sửa một vùng trồng");
    }

    byte[] png(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** ZXing reads the picture as a phone camera would see it. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
