package vn.laocai.museum.app.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laocai.museum.app.base.i18n.SiteLanguage;

/**
 * The six-monthly report as downloads: {@code /stats/report.pdf} and its tables as CSV
 * ({@code /stats/report-targets.csv}, {@code -years.csv}, {@code -communes.csv}); {@code ?lang=en}
 * for English, {@code ?date=2026-05-20} for the report due after that day (default: today in Hà Nội).
 */
@RestController
class ReportController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SixMonthReport report;
    private final Clock clock;

    ReportController(SixMonthReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/stats/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String lang, @RequestParam(required = false) LocalDate date) {
        SixMonthReport.Tables tables = tables(lang, date);
        return download(MediaType.APPLICATION_PDF, "report-" + tables.period().due() + ".pdf", report.pdf(tables));
    }

    @GetMapping("/stats/report-{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String lang,
            @RequestParam(required = false) LocalDate date) {
        SixMonthReport.Tables tables = tables(lang, date);
        String body = switch (table) {
            case "targets" -> report.targetsCsv(tables);
            case "years" -> report.yearsCsv(tables);
            case "communes" -> report.communesCsv(tables);
            default -> null;
        };
        if (body == null) {
            return ResponseEntity.notFound().build();
        }
        return download(MediaType.valueOf("text/csv;charset=UTF-8"), "report-" + tables.period().due() + "-" + table + ".csv",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private SixMonthReport.Tables tables(String lang, LocalDate date) {
        Locale locale = "en".equals(lang) ? SiteLanguage.ENGLISH : SiteLanguage.VIETNAMESE;
        return report.tables(date == null ? LocalDate.now(clock.withZone(VIETNAM)) : date, locale);
    }

    private static ResponseEntity<byte[]> download(MediaType type, String name, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
