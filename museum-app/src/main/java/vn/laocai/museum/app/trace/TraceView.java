package vn.laocai.museum.app.trace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.base.ui.MainLayout;

/**
 * The public trace page a product's QR code opens: {@code /01/<gtin>/10/<lot>}. It shows the chain
 * from the lot back through its processing steps to the harvest, the growing area and the
 * species, with the certifications that were valid on the harvest day; a code no lot has, or one
 * that was withdrawn, gets a counterfeit warning instead.
 */
@Route(value = "01/:gtin/10/:lot", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/trace.css")
public class TraceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TraceService trace;
    private Optional<DigitalLink> code = Optional.empty();
    private Locale rendered;

    public TraceView(TraceService trace) {
        this.trace = trace;
        addClassName("museum-trace");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = DigitalLink.of(event.getRouteParameters().get("gtin").orElse(""), event.getRouteParameters().get("lot").orElse(""));
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (rendered != null && !getLocale().equals(rendered)) {
            render();
            UI.getCurrent().getPage().setTitle(getPageTitle());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("trace.title"));
    }

    private void render() {
        removeAll();
        rendered = getLocale();
        String language = SiteLanguage.supported(getLocale()).getLanguage();
        add(new H1(getTranslation("trace.title")));
        Optional<TraceChain> chain = code.flatMap(c -> trace.trace(c, language));
        if (chain.isEmpty()) {
            add(warning(getTranslation("trace.unknown"), getTranslation("trace.unknownDetail")));
            code.ifPresent(c -> add(new Paragraph(getTranslation("trace.code", c.elementString()))));
            return;
        }
        TraceChain found = chain.get();
        if (found.sample()) {
            add(notice("museum-sample", getTranslation("trace.sample")));
        }
        if (found.lot().revoked()) {
            add(warning(getTranslation("trace.revoked"), found.lot().note() == null ? getTranslation("trace.unknownDetail")
                    : found.lot().note()));
            add(new Paragraph(getTranslation("trace.code", found.lot().code().elementString())));
            return;
        }
        showLot(found);
        showSteps(found);
        showHarvest(found);
        showCertifications(found);
        String path = found.lot().code().path();
        Image qr = new Image("trace-qr" + path + ".svg", getTranslation("trace.qrAlt", found.lot().code().elementString()));
        qr.addClassName("museum-trace-qr");
        add(qr, new Anchor(path.substring(1) + "/epcis.jsonld", getTranslation("trace.epcis")));
    }

    private void showLot(TraceChain chain) {
        TraceChain.Lot lot = chain.lot();
        Div card = new Div();
        card.addClassName("museum-trace-lot");
        card.setId("trace-lot");
        card.add(new H2(lot.name()));
        card.add(new Paragraph(getTranslation("trace.code", lot.code().elementString())));
        if (lot.productName() != null) {
            card.add(new Paragraph(lot.ocopStars() == null ? getTranslation("trace.product", lot.productName())
                    : getTranslation("trace.productOcop", lot.productName(), lot.ocopStars())));
        }
        if (lot.quantityKg() != null) {
            card.add(new Paragraph(getTranslation("trace.quantity", lot.quantityKg())));
        }
        add(card);
    }

    private void showSteps(TraceChain chain) {
        add(new H2(getTranslation("trace.steps")));
        OrderedList list = new OrderedList();
        list.setId("trace-steps");
        for (TraceChain.Step step : chain.steps()) {
            list.add(new ListItem(new Span(DAY.format(step.time()) + " · "), new Span(step.method() == null ? "" : step.method()),
                    new Span(" · " + step.placeName() + place(step)),
                    new Span(step.quantityKg() == null ? "" : " · " + getTranslation("trace.quantity", step.quantityKg()))));
        }
        add(list);
    }

    private void showHarvest(TraceChain chain) {
        TraceChain.Harvest harvest = chain.harvest();
        add(new H2(getTranslation("trace.harvest")));
        Div box = new Div();
        box.setId("trace-harvest");
        box.add(new Paragraph(getTranslation("trace.harvestLine", DAY.format(harvest.activity().time()),
                getTranslation("part." + harvest.part()), harvest.activity().quantityKg(),
                harvest.activity().agent() == null ? "" : harvest.activity().agent())));
        box.add(new Paragraph(getTranslation("trace.area", harvest.areaCode(), place(harvest.activity()).replaceFirst("^ — ", ""),
                harvest.areaHa() == null ? "?" : harvest.areaHa())));
        if (harvest.underCanopy()) {
            box.add(new Paragraph(getTranslation("trace.underCanopy")));
        }
        Anchor species = new Anchor("species/" + harvest.speciesSlug(), harvest.speciesTitle());
        species.setId("trace-species");
        Span latin = new Span(" (" + harvest.scientificName() + ")");
        latin.getElement().setAttribute("lang", "la");
        box.add(new Paragraph(new Span(getTranslation("trace.species") + " "), species, latin));
        add(box);
    }

    private void showCertifications(TraceChain chain) {
        add(new H2(getTranslation("trace.certifications")));
        if (chain.certificationsAtHarvest().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("trace.noCertification"));
            none.setId("trace-certifications");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("trace-certifications");
        for (TraceChain.Certification certification : chain.certificationsAtHarvest()) {
            list.add(new ListItem(getTranslation("trace.certification", getTranslation("trace.scheme." + certification.scheme()),
                    certification.number() == null ? "" : certification.number(), DAY.format(certification.validFrom()),
                    DAY.format(certification.expires()))));
        }
        add(list);
    }

    private static String place(TraceChain.Step step) {
        if (step.commune() == null) {
            return "";
        }
        return " — " + step.commune() + (step.formerDistrict() == null ? "" : ", " + step.formerDistrict());
    }

    private Div warning(String title, String detail) {
        Div warning = new Div(new H2(title), new Paragraph(detail));
        warning.addClassName("museum-trace-warning");
        warning.setId("trace-warning");
        warning.getElement().setAttribute("role", "alert");
        return warning;
    }

    static Div notice(String className, String text) {
        Div notice = new Div(new Span(text));
        notice.addClassName(className);
        return notice;
    }
}
