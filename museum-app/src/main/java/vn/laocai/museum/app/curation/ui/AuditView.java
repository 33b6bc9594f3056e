package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.audit.AuditEvent;
import vn.laocai.museum.app.curation.audit.AuditLog;

/** The audit log for admins: the latest entries, and the whole log as CSV. */
@Route(value = AuditView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "curation/audit";
    /** Entries shown on the page; the CSV export holds them all. */
    static final int SHOWN = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public AuditView(AuditLog audit) {
        addClassName("museum-audit");
        add(new H1(getTranslation("audit.title")));
        add(new Paragraph(getTranslation("audit.introduction", SHOWN)));
        Anchor csv = new Anchor("/curation/audit.csv", getTranslation("audit.download"));
        csv.getElement().setAttribute("download", true);
        csv.setRouterIgnore(true);
        add(csv);
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(event -> TIME.format(event.time())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(event -> event.action().code()).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEvent::address).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.detail"));
        grid.setItems(audit.latest(SHOWN));
        grid.addClassName("museum-audit-grid");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("audit.title"));
    }
}
