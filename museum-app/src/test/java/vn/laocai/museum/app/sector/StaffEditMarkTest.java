package vn.laocai.museum.app.sector;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.laocai.museum.app.MuseumMockVaadin;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.stats.PlanProgressService;
import vn.laocai.museum.app.stats.StatsView;
import vn.laocai.museum.app.trace.DigitalLink;
import vn.laocai.museum.app.trace.TraceResult;
import vn.laocai.museum.app.trace.TraceService;

/**
 * What visitors see of staff corrections (Karibu, on the shipped corpus in a real TDB2 store): the
 * trace page's growing area and certification, and the dashboard's row counted from them, say
 * "updated by staff on …" with the day of the last save and never who saved it; dropping the
 * correction takes the mark away with the staff's value.
 */
@ExtendWith(MuseumMockVaadin.PerTest.class)
class StaffEditMarkTest extends SectorStoreTest {

    private static final String LOT = "/01/02000000000022/10/DQ-2412-07";
    private static final String STAFF_MEMBER = "can-bo-danh-dau";

    @Test
    void corrected_records_are_marked_with_the_day_of_the_last_save_on_the_trace_page_and_the_dashboard_until_the_correction_is_dropped() {
        assertThat(marks(trace(SiteLanguage.VIETNAMESE))).isEmpty();
        assertThat(dashboardRow("concentrated-area")).doesNotContain("Cập nhật bởi cán bộ");

        save("growing-areas", """
                code,commune,area_ha,species,under_canopy,operator,name_vi,name_en,sample
                VN-LCI-BXT-YTY-0001,bat-xat-y-ty,13.5,angelica-sinensis,false,htx-mau-y-ty,Vùng trồng mẫu VN-LCI-BXT-YTY-0001,Sample growing area VN-LCI-BXT-YTY-0001,true
                """);
        save("certifications", """
                number,kind,holder,growing_area,issuer,valid_from,valid_to,sample
                GACP-MAU-2023-01,gacp-who,htx-mau-y-ty,bxt-yty-0001,to-chuc-mau-chung-nhan,2023-05-01,2029-04-30,true
                """);

        Div page = trace(SiteLanguage.VIETNAMESE);
        assertThat(text(_get(page, Div.class, spec -> spec.withId("trace-harvest")))).contains("(13,5 ha)")
                .contains("Cập nhật bởi cán bộ ngày 29/11/2026");
        assertThat(text(_get(page, com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("trace-certifications"))))
                .contains("30/04/2029").contains("Cập nhật bởi cán bộ ngày 29/11/2026");
        assertThat(marks(page)).hasSize(2).allSatisfy(mark -> assertThat(mark).doesNotContain(STAFF_MEMBER));
        assertThat(marks(trace(SiteLanguage.ENGLISH))).containsOnly("Updated by staff on 29/11/2026");
        assertThat(dashboardRow("concentrated-area")).contains("Cập nhật bởi cán bộ ngày 29/11/2026").doesNotContain(STAFF_MEMBER);
        assertThat(dashboardRow("ocop-products")).as("no staff record counted").doesNotContain("Cập nhật bởi cán bộ");

        editor.revert(table("growing-areas"), "https://w3id.org/laocai-herbs/id/area/bxt-yty-0001", STAFF_MEMBER, "Số cũ đúng");

        page = trace(SiteLanguage.VIETNAMESE);
        assertThat(text(_get(page, Div.class, spec -> spec.withId("trace-harvest")))).contains("(12,5 ha)").doesNotContain("Cập nhật bởi cán bộ");
        assertThat(marks(page)).as("the certification is still staff's").hasSize(1);
        assertThat(dashboardRow("concentrated-area")).doesNotContain("Cập nhật bởi cán bộ");
    }

    private static void save(String key, String csv) {
        List<SectorEditor.Row> rows = preview(key, csv);
        assertThat(rows).noneMatch(SectorEditor.Row::failed);
        editor.save(table(key), rows, STAFF_MEMBER, true);
    }

    private static Div trace(Locale language) {
        MuseumMockVaadin.switchTo(language);
        Div page = new Div();
        UI.getCurrent().add(page);
        assertThat(new TraceResult(new TraceService(store), "species/", true).addTo(page, DigitalLink.parse(LOT), language)).isTrue();
        return page;
    }

    private static List<String> marks(Div page) {
        return _find(page, Span.class, spec -> spec.withClasses("museum-staff-edited")).stream().map(Span::getText).toList();
    }

    /** The text of one row of the dashboard's targets, as a visitor reads it. */
    private static String dashboardRow(String indicator) {
        MuseumMockVaadin.switchTo(SiteLanguage.VIETNAMESE);
        StatsView view = new StatsView(new PlanProgressService(store));
        UI.getCurrent().add(view);
        Element table = _get(view, Div.class, spec -> spec.withId("stats-targets")).getElement().getChild(0);
        String row = table.getChildren().filter(tr -> indicator.equals(tr.getAttribute("data-indicator"))).findFirst().orElseThrow()
                .getTextRecursively();
        UI.getCurrent().remove(view);
        return row;
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
