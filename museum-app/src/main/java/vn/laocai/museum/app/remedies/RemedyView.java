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
import com.vaadin.flow.server.auth.AnonymousAllowed;
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
@AnonymousAllowed
public class RemedyView extends DocumentPage {

    public RemedyView(DocumentCatalog catalog, DocumentSections sections) {
        super(DocumentKind.REMEDY, catalog, sections);
    }

    @Override
    protected String listTitleKey() {
        return "remedy.listTitle";
    }

    @Override
    protected String listIntroductionKey() {
        return "remedy.listIntroduction";
    }

    @Override
    protected void show(Document remedy) {
        // Shown on every remedy page, above everything else the remedy says.
        add(DocumentSections.notice("museum-disclaimer", MedicalDisclaimer.text(getLocale())));
        if (!remedy.tradition().isBlank()) {
            add(new Paragraph(getTranslation("remedy.origin", remedy.tradition())
                    + (remedy.ethnicGroup().isBlank() ? "" : getTranslation("remedy.ethnicGroup", remedy.ethnicGroup()))));
        }
        List<Component> parts = new ArrayList<>();
        parts.addAll(ingredients(remedy.ingredients()));
        parts.addAll(DocumentSections.statements(getTranslation("remedy.preparation"), remedy.statements("preparationStep"), true));
        parts.addAll(DocumentSections.statements(getTranslation("remedy.dosage"), remedy.statements("dosage"), false));
        parts.addAll(DocumentSections.statements(getTranslation("remedy.indication"), remedy.statements("indication"), false));
        parts.addAll(DocumentSections.statements(getTranslation("remedy.contraindication"), remedy.statements("contraindication"), false));
        parts.addAll(DocumentSections.statements(getTranslation("remedy.safety"), remedy.statements("safetyNote"), false));
        add(parts.toArray(Component[]::new));
        sections.narrative(remedy.narrativeMarkdown()).ifPresent(this::add);
    }

    private List<Component> ingredients(List<Document.Ingredient> ingredients) {
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
                details.append(" — ").append(PlantParts.of(ingredient.part(), getLocale()));
            }
            if (ingredient.amount() != null) {
                details.append(", ").append(ingredient.amount());
            }
            if (ingredient.processing() != null) {
                details.append(getTranslation("remedy.processing", ingredient.processing()));
            }
            item.add(new Span(details.toString()));
            if (!ingredient.verified()) {
                item.add(DocumentSections.unverified());
            }
            list.add(item);
        }
        return List.of(new H2(getTranslation("remedy.ingredients")), list);
    }
}
