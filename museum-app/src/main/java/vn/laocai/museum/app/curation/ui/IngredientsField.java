package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.curation.editorial.DocumentForm;
import vn.laocai.museum.app.curation.editorial.DocumentForm.Ingredient;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;

/**
 * A remedy's ingredients in its editor: one row each (the species, the part used, the amount,
 * "remove"), a picker that finds species by any of their names through the search index's
 * suggestions, and the shapes' messages about the ingredients below.
 */
public final class IngredientsField extends Div implements HasValidation {

    private static final int PICKER_HITS = 8;

    private final EditorialKind kind;
    private final transient DocumentForm form;
    private final transient SearchIndex search;
    private final transient Runnable changed;
    private final Div rows = new Div();
    private final TextField picker = new TextField();
    private final Div hits = new Div();
    private final Div messages = new Div();
    private String errorMessage = "";
    private boolean invalid;
    private boolean readOnly;

    /** @param changed called after each change of the form's ingredients */
    IngredientsField(EditorialKind kind, String label, DocumentForm form, SearchIndex search, Runnable changed) {
        this.kind = kind;
        this.form = form;
        this.search = search;
        this.changed = changed;
        EditorTexts.style(kind, rows, "museum-editor-ingredients");
        refresh();
        picker.setLabel(getTranslation("remedyEditor.picker"));
        EditorTexts.style(kind, picker, "museum-editor-picker");
        picker.setValueChangeMode(ValueChangeMode.LAZY);
        picker.setWidthFull();
        picker.setHelperText(getTranslation("remedyEditor.pickerHelp"));
        picker.addValueChangeListener(event -> showHits(event.getValue()));
        EditorTexts.style(kind, hits, "museum-editor-picker-hits");
        EditorTexts.style(kind, messages, "museum-editor-ingredient-messages");
        add(new H2(label), rows, picker, hits, messages);
        setWidthFull();
    }

    /** Species only, found by any of their names through the search index's suggestions. */
    public List<SearchHit> speciesHits(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return search.suggest(text, PICKER_HITS * 3).stream().filter(hit -> "species".equals(hit.type())).limit(PICKER_HITS).toList();
    }

    private void showHits(String text) {
        hits.removeAll();
        String language = SiteLanguage.supported(getLocale()).getLanguage();
        for (SearchHit hit : speciesHits(text)) {
            String label = hit.title("vi") + (hit.scientificName() == null || hit.scientificName().isBlank() ? "" : " — " + hit.scientificName());
            if (hit.matchedName() != null && !hit.matchedName().isBlank() && !hit.matchedName().equals(hit.title("vi"))) {
                label += " (" + hit.matchedName() + ")";
            }
            Button add = new Button(label, click -> {
                List<Ingredient> list = new ArrayList<>(form.ingredients());
                list.add(Ingredient.of(hit.iri(), hit.title(language)));
                change(list, true);
            });
            EditorTexts.style(kind, add, "museum-editor-picker-hit");
            hits.add(add);
        }
    }

    /** Shows the form's ingredients afresh. */
    void refresh() {
        rows.removeAll();
        List<Ingredient> list = form.ingredients();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            Ingredient ingredient = list.get(i);
            Span name = new Span(ingredient.speciesLabel());
            EditorTexts.style(kind, name, "museum-editor-ingredient-species");
            Select<String> part = new Select<>();
            part.setLabel(getTranslation("remedyEditor.part"));
            part.setItems(DocumentForm.PARTS);
            part.setEmptySelectionAllowed(true);
            part.setItemLabelGenerator(code -> code == null || code.isEmpty() ? "" : getTranslation("part." + code));
            part.setValue(ingredient.part().isEmpty() ? null : ingredient.part());
            part.addValueChangeListener(event -> update(index, form.ingredients().get(index).withPart(event.getValue())));
            part.setReadOnly(readOnly);
            TextField amount = new TextField(getTranslation("remedyEditor.amount"));
            amount.setValue(ingredient.amount());
            amount.addValueChangeListener(event -> update(index, form.ingredients().get(index).withAmount(event.getValue())));
            amount.setReadOnly(readOnly);
            Button remove = new Button(getTranslation("remedyEditor.removeIngredient"), click -> {
                List<Ingredient> rest = new ArrayList<>(form.ingredients());
                rest.remove(index);
                change(rest, true);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setEnabled(!readOnly);
            Div row = new Div(name, part, amount, remove);
            EditorTexts.style(kind, row, "museum-editor-ingredient");
            rows.add(row);
        }
    }

    private void update(int index, Ingredient ingredient) {
        List<Ingredient> list = new ArrayList<>(form.ingredients());
        list.set(index, ingredient);
        change(list, false);
    }

    private void change(List<Ingredient> list, boolean redraw) {
        form.setIngredients(list);
        if (redraw) {
            refresh();
        }
        changed.run();
    }

    void setReadOnly(boolean value) {
        readOnly = value;
        picker.setReadOnly(value);
        refresh();
    }

    @Override
    public void setErrorMessage(String message) {
        errorMessage = message == null ? "" : message;
        messages.removeAll();
        if (!errorMessage.isEmpty()) {
            messages.add(new Paragraph(errorMessage));
        }
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean value) {
        invalid = value;
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
