package vn.laocai.museum.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laocai.museum.app.sector.GrowingAreaCode;

/** Growing-area codes, GTIN check digits and GS1 Digital Link paths, read as the spec writes them. */
class TraceCodesTest {

    private static final Path SECTOR = Path.of("../content/src/main/resources/corpus/sector");

    @Nested
    class Growing_area_codes {

        @ParameterizedTest
        @ValueSource(strings = {"VN-LCI-BXT-YTY-0001", "VN-LCI-VYN-XTA-0001", "VN-YBI-MCC-KNO-9999"})
        void well_formed_codes_are_accepted(String code) {
            assertThat(GrowingAreaCode.parse(code)).map(GrowingAreaCode::toString).contains(code);
            assertThat(GrowingAreaCode.problem(code)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "VN-LCI-BXT-YTY-0000", "VN-LCI-BXT-YTY-001", "CN-LCI-BXT-YTY-0001", "VN-lci-BXT-YTY-0001",
                "VN-LCI-BX-YTY-0001", "VN_LCI_BXT_YTY_0001", "VN-LCI-BXT-YTY-00012"})
        void malformed_codes_are_refused_with_a_reason(String code) {
            assertThat(GrowingAreaCode.parse(code)).isEmpty();
            assertThat(GrowingAreaCode.problem(code)).isPresent();
        }

        @Test
        void the_parts_are_country_province_district_commune_and_sequence() {
            GrowingAreaCode code = GrowingAreaCode.parse("VN-LCI-BXT-YTY-0002").orElseThrow();
            assertThat(code.district()).isEqualTo("BXT");
            assertThat(code.commune()).isEqualTo("YTY");
            assertThat(code.sequence()).isEqualTo(2);
        }

        @Test
        void every_code_in_the_corpus_is_valid() throws IOException {
            var codes = Pattern.compile("herb:growingAreaCode \"([^\"]+)\"").matcher(Files.readString(SECTOR.resolve("growing-areas.ttl")))
                    .results().map(match -> match.group(1)).toList();
            assertThat(codes).hasSize(12).allSatisfy(code -> assertThat(GrowingAreaCode.parse(code)).isPresent());
        }
    }

    @Nested
    class Gtins {

        @Test
        void the_check_digit_follows_gs1_weights() {
            assertThat(Gtin.checkDigit("629104150021")).isEqualTo(3);   // GS1's own example, 6291041500213
            assertThat(Gtin.checkDigit("200000000001")).isEqualTo(5);
            assertThat(Gtin.checkDigit("0000000000000")).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"6291041500213", "02000000000015", "2000000000015", "96385074", "036000291452"})
        void valid_gtins_of_every_length_become_14_digits(String text) {
            assertThat(Gtin.parse(text)).map(Gtin::digits).hasValueSatisfying(digits -> assertThat(digits).hasSize(14).endsWith(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"6291041500214", "02000000000016", "12345", "20000000000A5", "123456789012345"})
        void a_wrong_check_digit_or_length_is_refused(String text) {
            assertThat(Gtin.parse(text)).isEmpty();
        }

        @Test
        void every_gtin_in_the_corpus_has_a_valid_check_digit() throws IOException {
            var gtins = Pattern.compile("gs1:gtin \"([0-9]+)\"").matcher(Files.readString(SECTOR.resolve("trace-lots.ttl")))
                    .results().map(match -> match.group(1)).toList();
            assertThat(gtins).hasSize(5).allSatisfy(gtin -> assertThat(Gtin.parse(gtin)).isPresent());
        }
    }

    @Nested
    class Digital_links {

        @Test
        void a_path_and_a_url_give_the_same_code() {
            DigitalLink code = DigitalLink.parse("/01/02000000000015/10/TDQ-2503-01").orElseThrow();
            assertThat(DigitalLink.parse("https://museum.example/01/02000000000015/10/TDQ-2503-01")).contains(code);
            assertThat(code.path()).isEqualTo("/01/02000000000015/10/TDQ-2503-01");
            assertThat(code.elementString()).isEqualTo("(01)02000000000015(10)TDQ-2503-01");
        }

        @Test
        void a_short_gtin_is_padded_to_14_digits() {
            assertThat(DigitalLink.parse("/01/2000000000015/10/A1")).map(DigitalLink::path).contains("/01/02000000000015/10/A1");
        }

        @Test
        void a_typed_code_may_be_the_printed_element_string_or_the_address() {
            DigitalLink code = DigitalLink.parse("/01/02000000000022/10/DQ-2412-07").orElseThrow();
            assertThat(DigitalLink.parseTyped(" (01)02000000000022(10)DQ-2412-07 ")).contains(code);
            assertThat(DigitalLink.parseTyped("(01) 02000000000022 (10) DQ-2412-07")).contains(code);
            assertThat(DigitalLink.parseTyped("http://127.0.0.1:8080/01/02000000000022/10/DQ-2412-07")).contains(code);
            assertThat(DigitalLink.parseTyped("(01)02000000000023(10)DQ-2412-07")).as("check digit").isEmpty();
            assertThat(DigitalLink.parseTyped("DQ-2412-07")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"/01/02000000000016/10/TDQ", "/01/02000000000015/10/", "/01/02000000000015/10/has space",
                "/01/02000000000015/10/ABCDEFGHIJKLMNOPQRSTU", "/01/02000000000015", "/species/x"})
        void malformed_paths_are_no_code(String path) {
            assertThat(DigitalLink.parse(path)).isEmpty();
        }
    }
}
