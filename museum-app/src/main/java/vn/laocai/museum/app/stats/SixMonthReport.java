package vn.laocai.museum.app.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;

/**
 * The six-monthly report on the plan, generated from the graph: the targets against the data,
 * yearly output, and output by commune in the newest year — as a PDF (PDFBox, with DejaVu Sans for
 * the Vietnamese letters) and as CSV, one file per table, with the same numbers.
 *
 * <pre>{@code
 * SixMonthReport.Tables tables = report.tables(LocalDate.now(clock), SiteLanguage.VIETNAMESE);
 * byte[] pdf = report.pdf(tables);
 * }</pre>
 */
public final class SixMonthReport {

    /** Debian's fonts-dejavu-core; the first that exists is used. */
    static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"), Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Everything the report says, computed once so the PDF and the CSV cannot disagree. */
    public record Tables(Locale locale, ReportPeriod period, LocalDate generated, List<Progress> targets,
            List<SectorFigures.YearTotal> years, int latestYear, List<SectorFigures.Share> communes) {

        public boolean sample() {
            return targets.stream().anyMatch(Progress::sample) || years.stream().anyMatch(y -> y.samples() > 0);
        }
    }

    private final PlanProgressService progress;

    public SixMonthReport(PlanProgressService progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public Tables tables(LocalDate today, Locale locale) {
        int latest = progress.latestYear();
        return new Tables(locale, ReportPeriod.containing(today), today, progress.progress(locale.getLanguage()),
                progress.outputByYear(), latest, progress.outputByCommune(latest));
    }

    public String targetsCsv(Tables tables) {
        return csv(List.of("indicator", "name", "target", "unit", "target_year", "value", "value_year", "percent", "sample", "source"),
                tables.targets().stream().map(row -> List.<Object>of(row.indicator(), row.name(), number(row.target()), row.unit(),
                        row.targetYear(), row.value() == null ? "" : number(row.value()), row.year() == null ? "" : row.year(),
                        row.percent() == null ? "" : row.percent(), row.sample(), row.source() == null ? "" : row.source())).toList());
    }

    public String yearsCsv(Tables tables) {
        return csv(List.of("year", "area_ha", "output_t", "sample_records"), tables.years().stream()
                .map(row -> List.<Object>of(row.year(), number(row.areaHa()), number(row.tonnes()), row.samples())).toList());
    }

    public String communesCsv(Tables tables) {
        return csv(List.of("year", "commune", "former_district", "area_ha", "output_t"), tables.communes().stream()
                .map(row -> List.<Object>of(tables.latestYear(), row.name(), row.district() == null ? "" : row.district(),
                        number(row.areaHa()), number(row.tonnes()))).toList());
    }

    public byte[] pdf(Tables tables) {
        List<String> lines = new ArrayList<>();
        Locale locale = tables.locale();
        lines.add("# " + text(locale, "report.title"));
        lines.add(text(locale, "report.period", DAY.format(tables.period().from()), DAY.format(tables.period().to()),
                DAY.format(tables.period().due())));
        lines.add(text(locale, "report.generated", DAY.format(tables.generated())));
        if (tables.sample()) {
            lines.add("! " + text(locale, "report.sample"));
        }
        lines.add("");
        lines.add("## " + text(locale, "report.targets"));
        for (Progress row : tables.targets()) {
            lines.add(row.name() + (row.sample() ? " [" + text(locale, "stats.sampleBadge") + "]" : ""));
            lines.add("    " + text(locale, "report.targetLine", number(row.target()), text(locale, "stats.unit." + row.unit()),
                    row.targetYear(), row.value() == null ? "—" : number(row.value()),
                    row.percent() == null ? "—" : row.percent() + " %"));
        }
        lines.add("");
        lines.add("## " + text(locale, "report.years"));
        for (SectorFigures.YearTotal row : tables.years()) {
            lines.add("    " + text(locale, "report.yearLine", String.valueOf(row.year()), number(row.areaHa()), number(row.tonnes())));
        }
        lines.add("");
        lines.add("## " + text(locale, "report.communes", String.valueOf(tables.latestYear())));
        for (SectorFigures.Share row : tables.communes()) {
            lines.add("    " + row.name() + (row.district() == null ? "" : " (" + row.district() + ")") + ": "
                    + text(locale, "report.shareLine", number(row.areaHa()), number(row.tonnes())));
        }
        return render(lines);
    }

    private static byte[] render(List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, font().toFile());
            float margin = 50;
            float leading = 15;
            PDPage page = null;
            PDPageContentStream stream = null;
            float y = 0;
            for (String line : lines) {
                if (stream == null || y < margin) {
                    if (stream != null) {
                        stream.endText();
                        stream.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    stream.beginText();
                    y = page.getMediaBox().getHeight() - margin;
                    stream.newLineAtOffset(margin, y);
                }
                int size = line.startsWith("# ") ? 16 : line.startsWith("## ") ? 13 : 10;
                stream.setFont(font, size);
                stream.showText(line.replaceFirst("^#+ ", ""));
                stream.newLineAtOffset(0, -leading);
                y -= leading;
            }
            stream.endText();
            stream.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path font() {
        return FONTS.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new IllegalStateException(
                "The report needs DejaVu Sans for Vietnamese letters: apt-get install fonts-dejavu-core"));
    }

    /** Numbers as the report prints them: at most one decimal, no grouping, so CSV and PDF read the same. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String csv(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(Locale locale, String key, Object... params) {
        return MuseumTranslations.text(locale, key, params);
    }
}
