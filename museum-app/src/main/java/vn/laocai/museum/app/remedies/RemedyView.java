package vn.laocai.museum.app.remedies;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import vn.laocai.museum.app.base.ui.MedicalDisclaimer;
import vn.laocai.museum.app.base.ui.DocumentPage;
import vn.laocai.museum.app.base.ui.DocumentSections;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.base.ui.PlantParts;
import vn.laocai.museum.ontology.Document;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;

/** Remedies (bài thuốc): the list, and each remedy with its ingredients and the medical disclaimer. */
@Route(value = "remedies", layout = MainLayout.class)
public class RemedyView extends DocumentPage {

    /** Shown on every remedy page, above everything else the remedy says. */
    static final String DISCLAIMER = MedicalDisclaimer.TEXT;

    public RemedyView(DocumentCatalog catalog, DocumentSections sections) {
        super(DocumentKind.REMEDY, catalog, sections);
    }

    @Override
    protected String listTitle() {
        return "Bài thuốc";
    }

    @Override
    protected String listIntroduction() {
        return "Bài thuốc theo kinh nghiệm y học cổ truyền và của các dân tộc Lào Cai, kèm nguồn và lưu ý an toàn.";
    }

    @Override
    protected void show(Document remedy) {
        add(DocumentSections.notice("museum-disclaimer", DISCLAIMER));
        if (!remedy.tradition().isBlank()) {
            add(new Paragraph("Nguồn gốc: " + remedy.tradition()
                    + (remedy.ethnicGroup().isBlank() ? "" : " · dân tộc " + remedy.ethnicGroup())));
        }
        List<Component> parts = new ArrayList<>();
        parts.addAll(ingredients(remedy.ingredients()));
        parts.addAll(DocumentSections.statements("Cách làm", remedy.statements("preparationStep"), true));
        parts.addAll(DocumentSections.statements("Liều dùng", remedy.statements("dosage"), false));
        parts.addAll(DocumentSections.statements("Dùng khi", remedy.statements("indication"), false));
        parts.addAll(DocumentSections.statements("Không dùng khi", remedy.statements("contraindication"), false));
        parts.addAll(DocumentSections.statements("Lưu ý an toàn", remedy.statements("safetyNote"), false));
        add(parts.toArray(Component[]::new));
        sections.narrative(remedy.narrativeMarkdown()).ifPresent(this::add);
    }

    private static List<Component> ingredients(List<Document.Ingredient> ingredients) {
        if (ingredients.isEmpty()) {
            return List.of();
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("museum-ingredients");
        for (Document.Ingredient ingredient : ingredients) {
            ListItem item = new ListItem(new Anchor(ingredient.species().kind().page(ingredient.species().slug()),
                    ingredient.species().title()), new Span(" ("), new Emphasis(ingredient.scientificName()), new Span(")"));
            StringBuilder details = new StringBuilder();
            if (ingredient.part() != null) {
                details.append(" — ").append(PlantParts.vietnamese(ingredient.part()));
            }
            if (ingredient.amount() != null) {
                details.append(", ").append(ingredient.amount());
            }
            if (ingredient.processing() != null) {
                details.append("; bào chế: ").append(ingredient.processing());
            }
            item.add(new Span(details.toString()));
            if (!ingredient.verified()) {
                item.add(DocumentSections.unverified());
            }
            list.add(item);
        }
        return List.of(new H2("Thành phần"), list);
    }
}
