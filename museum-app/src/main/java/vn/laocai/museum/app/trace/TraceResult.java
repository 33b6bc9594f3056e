package vn.laocai.museum.app.trace;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.laocai.museum.app.base.i18n.MuseumTranslations;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.map.Since2025;
import vn.laocai.museum.app.sector.StaffEdits;

/**
 * What a trace code shows, shared by the public trace page and the kiosk: the chain from the lot
 * back to the harvest, the growing area, the species and the certifications valid on the harvest
 * day, or the counterfeit warning for a code no lot has or one that was withdrawn.
 */
public final class TraceResult {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TraceService trace;
    private final String speciesPrefix;
    private final boolean links;
    private HasComponents target;
    private Locale reader;

    /**
     * @param speciesPrefix where the species link points, e.g. {@code species/} or {@code kiosk/species/}
     * @param links whether to offer the machine-readable EPCIS document (not on the kiosk)
     */
    public TraceResult(TraceService trace, String speciesPrefix, boolean links) {
        this.trace = Objects.requireNonNull(trace, "trace");
        this.speciesPrefix = Objects.requireNonNull(speciesPrefix, "speciesPrefix");
        this.links = links;
    }

    /** Adds the result for {@code code} (empty: a code that is not well formed) to {@code target}; true when a valid lot was shown. */
    public boolean addTo(HasComponents target, Optional<DigitalLink> code, Locale reader) {
        this.target = target;
        this.reader = reader;
        String language = SiteLanguage.supported(reader).getLanguage();
        Optional<TraceChain> chain = code.flatMap(c -> trace.trace(c, language));
        if (chain.isEmpty()) {
            target.add(warning(t("trace.unknown"), t("trace.unknownDetail")));
            code.ifPresent(c -> target.add(new Paragraph(t("trace.code", c.elementString()))));
            return false;
        }
        TraceChain found = chain.get();
        if (found.sample()) {
            target.add(notice("museum-sample", t("trace.sample")));
        }
        if (found.lot().revoked()) {
            target.add(warning(t("trace.revoked"), found.lot().note() == null ? t("trace.unknownDetail") : found.lot().note()));
            target.add(new Paragraph(t("trace.code", found.lot().code().elementString())));
            return false;
        }
        showLot(found);
        showSteps(found);
        showHarvest(found);
        showCertifications(found);
        String path = found.lot().code().path();
        Image qr = new Image("trace-qr" + path + ".svg", t("trace.qrAlt", found.lot().code().elementString()));
        qr.addClassName("museum-trace-qr");
        target.add(qr);
        if (links) {
            target.add(new Anchor(path.substring(1) + "/epcis.jsonld", t("trace.epcis")));
        }
        return true;
    }

    private String t(String key, Object... params) {
        return MuseumTranslations.text(reader, key, params);
    }

    private void showLot(TraceChain chain) {
        TraceChain.Lot lot = chain.lot();
        Div card = new Div();
        card.addClassName("museum-trace-lot");
        card.setId("trace-lot");
        card.add(new H2(lot.name()));
        card.add(new Paragraph(t("trace.code", lot.code().elementString())));
        if (lot.productName() != null) {
            card.add(new Paragraph(lot.ocopStars() == null ? t("trace.product", lot.productName())
                    : t("trace.productOcop", lot.productName(), lot.ocopStars())));
        }
        if (lot.quantityKg() != null) {
            card.add(new Paragraph(t("trace.quantity", lot.quantityKg())));
        }
        target.add(card);
    }

    private void showSteps(TraceChain chain) {
        target.add(new H2(t("trace.steps")));
        OrderedList list = new OrderedList();
        list.setId("trace-steps");
        for (TraceChain.Step step : chain.steps()) {
            list.add(new ListItem(new Span(DAY.format(step.time()) + " · "), new Span(step.method() == null ? "" : step.method()),
                    new Span(" · " + step.placeName() + place(step)),
                    new Span(step.quantityKg() == null ? "" : " · " + t("trace.quantity", step.quantityKg()))));
        }
        target.add(list);
    }

    private void showHarvest(TraceChain chain) {
        TraceChain.Harvest harvest = chain.harvest();
        target.add(new H2(t("trace.harvest")));
        Div box = new Div();
        box.setId("trace-harvest");
        box.add(new Paragraph(t("trace.harvestLine", DAY.format(harvest.activity().time()),
                t("part." + harvest.part()), harvest.activity().quantityKg(),
                harvest.activity().agent() == null ? "" : harvest.activity().agent())));
        box.add(new Paragraph(t("trace.area", harvest.areaCode(), place(harvest.activity()).replaceFirst("^ — ", ""),
                harvest.areaHa() == null ? "?" : harvest.areaHa())));
        TraceChain.CurrentCommune current = harvest.activity().current();
        if (current != null) {
            Paragraph since = new Paragraph(Since2025.text(current.name(), current.ward(), current.verified(), reader));
            since.addClassName("museum-trace-current");
            box.add(since);
        }
        if (harvest.underCanopy()) {
            box.add(new Paragraph(t("trace.underCanopy")));
        }
        trace.staffEdit(harvest.areaIri()).ifPresent(edit -> box.add(new Paragraph(staffEdited(edit))));
        Anchor species = new Anchor(speciesPrefix + harvest.speciesSlug(), harvest.speciesTitle());
        species.setId("trace-species");
        Span latin = new Span(" (" + harvest.scientificName() + ")");
        latin.getElement().setAttribute("lang", "la");
        box.add(new Paragraph(new Span(t("trace.species") + " "), species, latin));
        target.add(box);
    }

    private void showCertifications(TraceChain chain) {
        target.add(new H2(t("trace.certifications")));
        if (chain.certificationsAtHarvest().isEmpty()) {
            Paragraph none = new Paragraph(t("trace.noCertification"));
            none.setId("trace-certifications");
            target.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("trace-certifications");
        for (TraceChain.Certification certification : chain.certificationsAtHarvest()) {
            ListItem item = new ListItem(t("trace.certification", t("trace.scheme." + certification.scheme()),
                    certification.number() == null ? "" : certification.number(), DAY.format(certification.validFrom()),
                    DAY.format(certification.expires())));
            trace.staffEdit(certification.iri()).ifPresent(edit -> item.add(new Span(" "), staffEdited(edit)));
            list.add(item);
        }
        target.add(list);
    }

    /** "Updated by staff on 29/11/2026": the day only, never who. */
    private Span staffEdited(StaffEdits.Edit edit) {
        Span mark = new Span(edit.day() == null ? t("staffEdit.mark") : t("staffEdit.markOn", DAY.format(edit.day())));
        mark.addClassName("museum-staff-edited");
        return mark;
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

    private static Div notice(String className, String text) {
        Div notice = new Div(new Span(text));
        notice.addClassName(className);
        return notice;
    }
}
