package vn.laocai.museum.app.stats;

import com.google.gson.Gson;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.base.ui.MainLayout;

/**
 * {@code /stats}: the plan's 2030 targets against the data — value, target, percent, where the
 * value comes from and whether it is a sample — with charts of output by year, species and commune
 * and of market prices (ECharts, loaded from its WebJar), and the six-monthly report to download.
 */
@Route(value = "stats", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/trace.css")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class StatsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    /** Draws once ECharts has loaded; marks the chart so browser tests can wait for it. */
    private static final String DRAW = """
            const el = this; const option = JSON.parse($0);
            const draw = () => { if (!window.echarts) { setTimeout(draw, 50); return; }
              const chart = echarts.getInstanceByDom(el) || echarts.init(el);
              chart.setOption(option, true); el.dataset.drawn = 'true'; };
            draw();""";
    private static final Gson JSON = new Gson();
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanProgressService progress;
    private Locale rendered;

    public StatsView(PlanProgressService progress) {
        this.progress = progress;
        addClassName("museum-stats");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("stats.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!getLocale().equals(rendered)) {
            render();
            if (rendered != null) {
                UI.getCurrent().getPage().setTitle(getPageTitle());
            }
        }
    }

    private void render() {
        removeAll();
        rendered = getLocale();
        String language = SiteLanguage.supported(getLocale()).getLanguage();
        add(new H1(getTranslation("stats.title")), new Paragraph(getTranslation("stats.intro")));
        Div sample = new Div(new Span(getTranslation("stats.sampleNotice")));
        sample.addClassName("museum-sample");
        add(sample);
        add(new H2(getTranslation("stats.targets")), targets(progress.progress(language)));
        int year = progress.latestYear();
        add(new H2(getTranslation("stats.byYear")), chart("chart-years", yearsOption()));
        add(new H2(getTranslation("stats.bySpecies", year)), chart("chart-species", sharesOption(progress.outputBySpecies(year, language))));
        add(new H2(getTranslation("stats.byCommune", year)), chart("chart-communes", sharesOption(progress.outputByCommune(year))));
        add(new H2(getTranslation("stats.prices")), chart("chart-prices", pricesOption(progress.prices(language))));
        String query = "?lang=" + language;
        add(new H2(getTranslation("stats.report")), new Paragraph(getTranslation("stats.reportIntro")),
                new Div(link("stats/report.pdf" + query, getTranslation("stats.reportPdf")),
                        link("stats/report-targets.csv" + query, "CSV: " + getTranslation("stats.targets")),
                        link("stats/report-years.csv" + query, "CSV: " + getTranslation("stats.byYear")),
                        link("stats/report-communes.csv" + query, "CSV: " + getTranslation("stats.byCommune", year))));
    }

    private Div targets(List<Progress> rows) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        Element table = new Element("table");
        table.getClassList().add("museum-stats-table");
        Element head = new Element("tr");
        for (String key : List.of("stats.col.target", "stats.col.goal", "stats.col.value", "stats.col.percent", "stats.col.source")) {
            head.appendChild(new Element("th").setText(getTranslation(key)));
        }
        table.appendChild(head);
        for (Progress row : rows) {
            Element tr = new Element("tr").setAttribute("data-indicator", row.indicator());
            Element name = new Element("td").setText(row.name());
            if (row.sample()) {
                name.appendChild(new Element("span").setText(getTranslation("stats.sampleBadge")).setAttribute("class", "museum-sample-badge"));
            }
            if (row.staffEdit() != null) {
                name.appendChild(new Element("span").setAttribute("class", "museum-staff-edited").setText(row.staffEdit().day() == null
                        ? getTranslation("staffEdit.mark") : getTranslation("staffEdit.markOn", DAY.format(row.staffEdit().day()))));
            }
            String unit = getTranslation("stats.unit." + row.unit());
            tr.appendChild(name,
                    new Element("td").setText(getTranslation("stats.goal", number.format(row.target()), unit, row.targetYear())),
                    new Element("td").setAttribute("class", "num").setText(row.value() == null ? "—" : number.format(row.value()) + " " + unit),
                    new Element("td").setAttribute("class", "num").setText(row.percent() == null ? "—" : number.format(row.percent()) + " %"),
                    new Element("td").setText(source(row)));
            table.appendChild(tr);
        }
        Div wrapper = new Div();
        wrapper.setId("stats-targets");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private String source(Progress row) {
        if (row.value() == null) {
            return getTranslation("stats.noData");
        }
        if (row.year() == null) {
            return getTranslation("stats.counted", row.samples());
        }
        String from = row.source() == null ? getTranslation("stats.sampleBadge") : row.source();
        return getTranslation("stats.statistic", row.year(), from) + (row.note() == null ? "" : " — " + row.note());
    }

    private Map<String, Object> yearsOption() {
        List<SectorFigures.YearTotal> years = progress.outputByYear();
        Map<String, Object> option = base();
        option.put("xAxis", Map.of("type", "category", "data", years.stream().map(y -> String.valueOf(y.year())).toList()));
        option.put("yAxis", List.of(Map.of("type", "value", "name", "ha"), Map.of("type", "value", "name", "t")));
        option.put("series", List.of(
                Map.of("name", getTranslation("stats.area"), "type", "bar", "data", years.stream().map(SectorFigures.YearTotal::areaHa).toList()),
                Map.of("name", getTranslation("stats.output"), "type", "line", "yAxisIndex", 1,
                        "data", years.stream().map(SectorFigures.YearTotal::tonnes).toList())));
        return option;
    }

    private Map<String, Object> sharesOption(List<SectorFigures.Share> shares) {
        Map<String, Object> option = base();
        option.put("xAxis", Map.of("type", "category", "axisLabel", Map.of("rotate", 30),
                "data", shares.stream().map(SectorFigures.Share::name).toList()));
        option.put("yAxis", Map.of("type", "value", "name", "t"));
        option.put("series", List.of(Map.of("name", getTranslation("stats.output"), "type", "bar",
                "data", shares.stream().map(SectorFigures.Share::tonnes).toList())));
        return option;
    }

    private Map<String, Object> pricesOption(List<SectorFigures.Series> series) {
        Map<String, Object> option = base();
        option.put("xAxis", Map.of("type", "time"));
        option.put("yAxis", Map.of("type", "log", "name", getTranslation("stats.priceUnit")));
        option.put("series", series.stream().map(s -> Map.of("name", s.name(), "type", "line",
                "data", s.points().stream().map(p -> List.of(p.date(), p.vndPerKg())).toList())).toList());
        return option;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 70, "right", 60, "bottom", 80));
        return option;
    }

    private Div chart(String id, Map<String, Object> option) {
        Div chart = new Div();
        chart.setId(id);
        chart.addClassName("museum-stats-chart");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", getTranslation("stats.chartSample"));
        String json = JSON.toJson(option);
        chart.getElement().executeJs(DRAW, json);
        return chart;
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getStyle().set("margin-right", "1rem");
        return anchor;
    }
}
