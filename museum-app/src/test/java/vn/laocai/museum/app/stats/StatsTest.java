package vn.laocai.museum.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laocai.museum.app.AppTestBase;
import vn.laocai.museum.app.HeadlessChromium;
import vn.laocai.museum.app.base.i18n.SiteLanguage;

/** The dashboard's and the report's numbers against the shipped data, and the charts in Chromium. */
class StatsTest extends AppTestBase {

    @Autowired
    PlanProgressService service;
    @Autowired
    SixMonthReport report;

    private Map<String, Progress> progress() {
        return service.progress("en").stream().collect(Collectors.toMap(Progress::indicator, Function.identity()));
    }

    @Test
    void every_target_of_the_plan_is_shown_against_the_data() {
        Map<String, Progress> rows = progress();
        assertThat(rows).hasSize(13);
        assertThat(service.progress("vi")).extracting(Progress::indicator).as("in the plan order")
                .containsExactlyElementsOf(PlanProgressService.PLAN_ORDER);
        // Province statistics with sources: the newest year wins.
        assertThat(rows.get("herb-area")).satisfies(row -> {
            assertThat(row.value()).isEqualTo(5000.0);
            assertThat(row.year()).isEqualTo(2025);
            assertThat(row.target()).isEqualTo(8500.0);
            assertThat(row.percent()).isEqualTo(58.8);
            assertThat(row.sample()).isFalse();
            assertThat(row.source()).contains("VietnamPlus");
        });
        assertThat(rows.get("herb-output").value()).isEqualTo(20000.0);
        assertThat(rows.get("cinnamon-area").value()).isEqualTo(141980.0);
        assertThat(rows.get("processed-value")).satisfies(row -> {
            assertThat(row.value()).isEqualTo(850.0);
            assertThat(row.sample()).isTrue();
        });
        // Counted from records: 13 real OCOP products of 3-4 stars and 2 samples (a 2-star sample does not count).
        assertThat(rows.get("ocop-products")).satisfies(row -> {
            assertThat(row.value()).isEqualTo(15.0);
            assertThat(row.samples()).isEqualTo(2);
        });
        assertThat(rows.get("new-facilities").value()).isEqualTo(2.0);
        assertThat(rows.get("value-chains").value()).isEqualTo(7.0);
        assertThat(rows.get("new-certifications").value()).as("GACP-WHO, organic and GMP since 2026").isEqualTo(3.0);
        assertThat(rows.get("canopy-projects").value()).isEqualTo(3.0);
        assertThat(rows.get("concentrated-area")).satisfies(row -> {
            assertThat(row.value()).isEqualTo(679.0);
            assertThat(row.targetYear()).isEqualTo(2050);
        });
    }

    @Test
    void yearly_output_sums_the_records_of_each_year() {
        List<SectorFigures.YearTotal> years = service.outputByYear();
        assertThat(years).extracting(SectorFigures.YearTotal::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(years).allSatisfy(year -> assertThat(year.samples()).isEqualTo(13));
        assertThat(service.outputByCommune(2025).stream().mapToDouble(SectorFigures.Share::tonnes).sum())
                .isCloseTo(years.getLast().tonnes(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(service.outputBySpecies(2025, "vi")).extracting(SectorFigures.Share::name).contains("Quế", "Đương quy");
    }

    @Test
    void the_report_pdf_and_csv_say_what_the_data_say() throws Exception {
        SixMonthReport.Tables tables = report.tables(LocalDate.of(2026, 5, 20), SiteLanguage.VIETNAMESE);
        assertThat(tables.period().due()).isEqualTo(LocalDate.of(2026, 5, 30));

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(url("/stats/report.pdf?date=2026-05-20")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Báo cáo sáu tháng", "hạn nộp 30/05/2026", "Sản lượng theo xã năm 2025", "Đại Sơn (Văn Yên)");
        for (Progress row : tables.targets()) {
            assertThat(text).contains(row.name());
            if (row.value() != null) {
                assertThat(text).contains("hiện có " + SixMonthReport.number(row.value()));
            }
        }
        for (SectorFigures.YearTotal year : tables.years()) {
            assertThat(text).contains("Năm " + year.year() + ": " + SixMonthReport.number(year.areaHa()) + " ha, "
                    + SixMonthReport.number(year.tonnes()) + " tấn");
        }

        List<CSVRecord> targets = csv("/stats/report-targets.csv?date=2026-05-20");
        Map<String, Progress> rows = progress();
        assertThat(targets).hasSize(13).allSatisfy(record -> {
            Progress row = rows.get(record.get("indicator"));
            assertThat(record.get("value")).isEqualTo(row.value() == null ? "" : SixMonthReport.number(row.value()));
            assertThat(record.get("sample")).isEqualTo(String.valueOf(row.sample()));
        });
        List<CSVRecord> years = csv("/stats/report-years.csv");
        assertThat(years).hasSize(5);
        assertThat(years.getLast().get("output_t")).isEqualTo(SixMonthReport.number(service.outputByYear().getLast().tonnes()));
        assertThat(csv("/stats/report-communes.csv")).hasSize(service.outputByCommune(2025).size());
        assertThat(get("/stats/report-nothing.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void the_dashboard_draws_its_charts_with_echarts_from_the_webjar_in_chromium() throws Exception {
        assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
        WebDriver browser = HeadlessChromium.start();
        try {
            browser.get(url("/stats").toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.attributeToBe(By.id("chart-years"), "data-drawn", "true"));
            wait.until(ExpectedConditions.attributeToBe(By.id("chart-prices"), "data-drawn", "true"));
            assertThat((String) ((JavascriptExecutor) browser).executeScript("return echarts.version")).isEqualTo("5.3.1");
            assertThat(browser.findElements(By.cssSelector("#chart-years canvas"))).isNotEmpty();
            String table = browser.findElement(By.id("stats-targets")).getText();
            assertThat(table).contains("Diện tích dược liệu").contains("5.000 ha").contains("mẫu");
            assertThat(browser.findElement(By.cssSelector(".museum-sample")).getText()).contains("DỮ LIỆU MẪU");
            HeadlessChromium.screenshot(browser, "stats-dashboard");
        } finally {
            browser.quit();
        }
    }

    private List<CSVRecord> csv(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(response.body())).getRecords();
    }
}
