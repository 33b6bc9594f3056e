package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.EditorialException;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.RemedyEditing;
import vn.laocai.museum.app.curation.editorial.RemedyForm;
import vn.laocai.museum.app.curation.editorial.RemedyForm.Field;
import vn.laocai.museum.app.curation.editorial.RemedyForm.Ingredient;
import vn.laocai.museum.app.curation.editorial.EditorialRevision;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.media.MediaUploadView;
import vn.laocai.museum.app.curation.security.MuseumUser;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;

/**
 * The remedy editor: the remedy's fields with the shapes' messages next to them as they change,
 * an ingredient picker that finds species by any of their names, the narrative's Markdown with a
 * sanitised preview, saving as a draft, the workflow's steps for the account's roles and the
 * revision's comments. A save over someone else's newer change is refused and shows both
 * versions field by field, to keep one's own value or take theirs.
 */
@Route(value = RemedyEditorView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER"})
public class RemedyEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "curation/remedies";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int PICKER_HITS = 8;

    private final transient RemedyEditing editing;
    private final transient MarkdownRenderer markdown;
    private final transient SearchIndex search;
    private final transient MuseumUser user;

    private transient RemedyForm form;
    private transient Model base;
    private String version;
    private String title = "";
    private final Map<Field, Component> fields = new EnumMap<>(Field.class);
    private final Div otherMessages = new Div();
    private final Div ingredientMessages = new Div();
    private final Div ingredientRows = new Div();
    private final Div pickerHits = new Div();
    private final Div preview = new Div();
    private final Div conflict = new Div();
    private final Div workflowBar = new Div();
    private final Div comments = new Div();
    private final Paragraph status = new Paragraph();
    private final Paragraph notice = new Paragraph();

    public RemedyEditorView(AuthenticationContext authentication, RemedyEditing editing, MarkdownRenderer markdown, SearchIndex search) {
        this.editing = editing;
        this.markdown = markdown;
        this.search = search;
        this.user = Curator.of(authentication);
        addClassName("museum-remedy-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        open(slug);
    }

    /** Loads the remedy's fields afresh. */
    void open(String slug) {
        removeAll();
        fields.clear();
        RemedyEditing.Loaded loaded;
        try {
            loaded = editing.load(slug);
        } catch (EditorialException e) {
            add(new H1(getTranslation("remedyEditor.notFound")));
            return;
        }
        form = loaded.form();
        version = loaded.version();
        base = editing.content(slug, loaded.revision());
        title = form.get(Field.TITLE_VI);
        add(new H1(getTranslation("remedyEditor.title", title)));
        status.addClassName("museum-remedy-status");
        notice.addClassName("museum-remedy-notice");
        otherMessages.addClassName("museum-remedy-messages");
        conflict.addClassName("museum-remedy-conflict");
        conflict.setVisible(false);
        com.vaadin.flow.component.html.Anchor history = new com.vaadin.flow.component.html.Anchor(
                RemedyHistoryView.ROUTE + "/" + slug, getTranslation("remedyHistory.link"));
        history.addClassName("museum-remedy-history-link");
        add(status, history);
        MediaUploadView.link("remedy", slug, user.roles(), getTranslation("mediaUpload.forThis")).ifPresent(this::add);
        add(notice, conflict, otherMessages);
        add(text(Field.TITLE_VI, false), text(Field.TITLE_EN, false), text(Field.SUMMARY_VI, true), text(Field.SUMMARY_EN, true),
                text(Field.TRADITION, false), text(Field.ETHNIC_GROUP, false));
        add(new H2(getTranslation("remedyEditor.field.INGREDIENTS")), ingredients(), ingredientMessages);
        add(text(Field.INDICATIONS, true), text(Field.CONTRAINDICATIONS, true), text(Field.PREPARATION, true), text(Field.SAFETY, true),
                text(Field.SOURCES, true));
        add(narrative());
        Button save = new Button(getTranslation("remedyEditor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("museum-remedy-save");
        save.setVisible(user.has(Role.CURATOR));
        add(save);
        workflowBar.addClassName("museum-remedy-workflow");
        comments.addClassName("museum-remedy-comments");
        add(new H2(getTranslation("remedyEditor.workflow")), workflowBar, new H2(getTranslation("remedyEditor.comments")), comments);
        showRevision(loaded.revision());
        validate();
    }

    private boolean editable(Optional<EditorialRevision> revision) {
        return user.has(Role.CURATOR) && revision.map(r -> r.state() != EditorialState.IN_REVIEW).orElse(true);
    }

    private Component text(Field field, boolean area) {
        var component = area ? new TextArea(label(field)) : new TextField(label(field));
        component.setValue(form.get(field));
        component.setWidthFull();
        component.addClassName("museum-remedy-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        component.addValueChangeListener(event -> {
            form.set(field, event.getValue());
            validate();
        });
        if (field == Field.SOURCES) {
            component.setHelperText(getTranslation("remedyEditor.sourcesHelp"));
        } else if (area && field != Field.SUMMARY_VI && field != Field.SUMMARY_EN) {
            component.setHelperText(getTranslation("remedyEditor.oneALine"));
        }
        fields.put(field, component);
        return component;
    }

    private String label(Field field) {
        return getTranslation("remedyEditor.field." + field.name());
    }

    private Component narrative() {
        TextArea source = new TextArea(label(Field.NARRATIVE));
        source.setValue(form.get(Field.NARRATIVE));
        source.setWidthFull();
        source.setValueChangeMode(ValueChangeMode.LAZY);
        source.addClassName("museum-remedy-narrative");
        source.setHelperText(getTranslation("remedyEditor.markdownHelp"));
        source.addValueChangeListener(event -> {
            form.set(Field.NARRATIVE, event.getValue());
            renderPreview();
            validate();
        });
        fields.put(Field.NARRATIVE, source);
        preview.addClassName("museum-remedy-preview");
        renderPreview();
        Div wrapper = new Div(source, new Span(getTranslation("remedyEditor.preview")), preview);
        wrapper.addClassName("museum-remedy-markdown");
        wrapper.setWidthFull();
        return wrapper;
    }

    /** The narrative as the public page shows it: rendered and sanitised by the content module's renderer. */
    private void renderPreview() {
        preview.getElement().setProperty("innerHTML", markdown.toHtml(form.get(Field.NARRATIVE)));
    }

    public String previewHtml() {
        return preview.getElement().getProperty("innerHTML", "");
    }

    private Component ingredients() {
        ingredientRows.addClassName("museum-remedy-ingredients");
        renderIngredients();
        TextField picker = new TextField(getTranslation("remedyEditor.picker"));
        picker.addClassName("museum-remedy-picker");
        picker.setValueChangeMode(ValueChangeMode.LAZY);
        picker.setWidthFull();
        picker.setHelperText(getTranslation("remedyEditor.pickerHelp"));
        picker.addValueChangeListener(event -> showHits(event.getValue()));
        pickerHits.addClassName("museum-remedy-picker-hits");
        fields.put(Field.INGREDIENTS, picker);
        Div box = new Div(ingredientRows, picker, pickerHits);
        box.setWidthFull();
        return box;
    }

    /** Species only, found by any of their names through the search index's suggestions. */
    public List<SearchHit> speciesHits(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return search.suggest(text, PICKER_HITS * 3).stream().filter(hit -> "species".equals(hit.type())).limit(PICKER_HITS).toList();
    }

    private void showHits(String text) {
        pickerHits.removeAll();
        String language = SiteLanguage.supported(getLocale()).getLanguage();
        for (SearchHit hit : speciesHits(text)) {
            String label = hit.title("vi") + (hit.scientificName() == null || hit.scientificName().isBlank() ? "" : " — " + hit.scientificName());
            if (hit.matchedName() != null && !hit.matchedName().isBlank() && !hit.matchedName().equals(hit.title("vi"))) {
                label += " (" + hit.matchedName() + ")";
            }
            Button add = new Button(label, click -> {
                List<Ingredient> list = new ArrayList<>(form.ingredients());
                list.add(Ingredient.of(hit.iri(), hit.title(language)));
                form.setIngredients(list);
                renderIngredients();
                validate();
            });
            add.addClassName("museum-remedy-picker-hit");
            pickerHits.add(add);
        }
    }

    private void renderIngredients() {
        ingredientRows.removeAll();
        List<Ingredient> list = form.ingredients();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            Ingredient ingredient = list.get(i);
            Span name = new Span(ingredient.speciesLabel());
            name.addClassName("museum-remedy-ingredient-species");
            Select<String> part = new Select<>();
            part.setLabel(getTranslation("remedyEditor.part"));
            part.setItems(RemedyForm.PARTS);
            part.setEmptySelectionAllowed(true);
            part.setItemLabelGenerator(code -> code == null || code.isEmpty() ? "" : getTranslation("part." + code));
            part.setValue(ingredient.part().isEmpty() ? null : ingredient.part());
            part.addValueChangeListener(event -> update(index, form.ingredients().get(index).withPart(event.getValue())));
            TextField amount = new TextField(getTranslation("remedyEditor.amount"));
            amount.setValue(ingredient.amount());
            amount.addValueChangeListener(event -> update(index, form.ingredients().get(index).withAmount(event.getValue())));
            Button remove = new Button(getTranslation("remedyEditor.removeIngredient"), click -> {
                List<Ingredient> changed = new ArrayList<>(form.ingredients());
                changed.remove(index);
                form.setIngredients(changed);
                renderIngredients();
                validate();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(name, part, amount, remove);
            row.addClassName("museum-remedy-ingredient");
            ingredientRows.add(row);
        }
    }

    private void update(int index, Ingredient ingredient) {
        List<Ingredient> list = new ArrayList<>(form.ingredients());
        list.set(index, ingredient);
        form.setIngredients(list);
        validate();
    }

    /** Runs the shapes on the form's RDF and puts each message next to its field. */
    void validate() {
        String language = SiteLanguage.supported(getLocale()).getLanguage();
        Map<Field, List<String>> messages = RemedyEditing.byField(editing.validate(form, base, language));
        fields.forEach((field, component) -> {
            if (field == Field.INGREDIENTS) {
                return;
            }
            List<String> mine = messages.getOrDefault(field, List.of());
            HasValidation validation = (HasValidation) component;
            validation.setErrorMessage(String.join(" ", mine));
            validation.setInvalid(!mine.isEmpty());
        });
        ingredientMessages.removeAll();
        ingredientMessages.addClassName("museum-remedy-ingredient-messages");
        messages.getOrDefault(Field.INGREDIENTS, List.of()).forEach(message -> ingredientMessages.add(new Paragraph(message)));
        otherMessages.removeAll();
        messages.getOrDefault(Field.OTHER, List.of()).forEach(message -> otherMessages.add(new Paragraph(message)));
    }

    /** The message shown next to a field, empty when the shapes have nothing to say about it. */
    public String messageOf(Field field) {
        if (field == Field.INGREDIENTS) {
            return ingredientMessages.getChildren().map(c -> c.getElement().getText()).reduce((a, b) -> a + " " + b).orElse("");
        }
        HasValidation validation = (HasValidation) fields.get(field);
        return validation.isInvalid() ? validation.getErrorMessage() : "";
    }

    private EditorialWorkflow.Editor editor() {
        return new EditorialWorkflow.Editor(user.getUsername(), user.roles());
    }

    private void save() {
        try {
            version = editing.save(editor(), form, version);
            conflict.setVisible(false);
            say(getTranslation("remedyEditor.saved"));
            showRevision(editing.workflow().revision(form.slug()));
            base = editing.content(form.slug(), editing.workflow().revision(form.slug()));
        } catch (RemedyEditing.Conflict e) {
            showConflict(e);
        } catch (EditorialException e) {
            say(e.getMessage());
        }
    }

    /** Both versions field by field: keep mine, or take theirs; the next save writes the result over theirs. */
    private void showConflict(RemedyEditing.Conflict e) {
        RemedyForm theirs = e.theirs().form();
        version = e.theirs().version();
        base = editing.content(form.slug(), e.theirs().revision());
        conflict.removeAll();
        conflict.add(new Paragraph(getTranslation("remedyEditor.conflict", e.changedBy(), e.changed().map(TIME::format).orElse(""))));
        for (Field field : form.differences(theirs)) {
            Div row = new Div();
            row.addClassName("museum-remedy-conflict-field");
            row.getElement().setAttribute("data-field", field.name());
            Div mine = new Div(new Span(getTranslation("remedyEditor.mine")), new Paragraph(form.get(field)));
            mine.addClassName("museum-remedy-mine");
            Div other = new Div(new Span(getTranslation("remedyEditor.theirs")), new Paragraph(theirs.get(field)));
            other.addClassName("museum-remedy-theirs");
            Button keep = new Button(getTranslation("remedyEditor.keepMine"), click -> row.setVisible(false));
            keep.addClassName("museum-remedy-keep-mine");
            Button take = new Button(getTranslation("remedyEditor.takeTheirs"), click -> {
                form.take(field, theirs);
                Component component = fields.get(field);
                if (field == Field.INGREDIENTS) {
                    renderIngredients();
                } else if (component instanceof HasValue<?, ?> value) {
                    @SuppressWarnings("unchecked")
                    HasValue<?, String> text = (HasValue<?, String>) value;
                    text.setValue(theirs.get(field));
                }
                validate();
                row.setVisible(false);
            });
            take.addClassName("museum-remedy-take-theirs");
            row.add(new H2(label(field)), mine, other, keep, take);
            conflict.add(row);
        }
        conflict.setVisible(true);
    }

    private void showRevision(Optional<EditorialRevision> revision) {
        boolean editable = editable(revision);
        fields.forEach((field, component) -> {
            if (component instanceof HasValue<?, ?> value) {
                value.setReadOnly(!editable);
            }
        });
        ingredientRows.getChildren().forEach(row -> row.getChildren().forEach(child -> {
            if (child instanceof HasValue<?, ?> value) {
                value.setReadOnly(!editable);
            } else if (child instanceof Button button) {
                button.setEnabled(editable);
            }
        }));
        EditorialState state = revision.map(EditorialRevision::state).orElse(EditorialState.PUBLISHED);
        status.setText(getTranslation("remedyEditor.status", getTranslation("remedyEditor.state." + state.code()),
                revision.map(EditorialRevision::changedBy).orElse("—"),
                revision.map(r -> TIME.format(r.changed())).orElse("—")));
        workflowBar.removeAll();
        actions(revision.map(EditorialRevision::state).orElse(null));
        comments.removeAll();
        revision.ifPresent(r -> r.comments().forEach(comment -> {
            Paragraph line = new Paragraph(TIME.format(comment.time()) + " — " + comment.author() + ": " + comment.text());
            line.addClassName("museum-remedy-comment");
            comments.add(line);
        }));
    }

    /** The steps this account may take from the revision's state; a remedy without a revision has only its public text. */
    private void actions(EditorialState state) {
        if (user.has(Role.CURATOR) && state == EditorialState.DRAFT) {
            workflowBar.add(step("submit", () -> editing.workflow().submit(editor(), form.slug())));
        }
        if (user.has(Role.REVIEWER) && state == EditorialState.IN_REVIEW) {
            workflowBar.add(step("publish", () -> editing.workflow().publish(editor(), form.slug())));
            TextArea why = new TextArea(getTranslation("remedyEditor.why"));
            why.addClassName("museum-remedy-why");
            why.setWidthFull();
            workflowBar.add(why, step("sendBack", () -> editing.workflow().sendBack(editor(), form.slug(), why.getValue())));
        }
        if (user.has(Role.REVIEWER) && state == EditorialState.PUBLISHED) {
            Button archive = step("archive", () -> editing.workflow().archive(editor(), form.slug()));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            workflowBar.add(archive);
        }
        if (state == EditorialState.DRAFT || state == EditorialState.IN_REVIEW) {
            TextArea comment = new TextArea(getTranslation("remedyEditor.comment"));
            comment.addClassName("museum-remedy-comment-text");
            comment.setWidthFull();
            workflowBar.add(comment, step("addComment", () -> editing.workflow().comment(editor(), form.slug(), comment.getValue())));
        }
    }

    /** A workflow button: takes the step, then reloads the remedy; a refused step says why. */
    private Button step(String name, Runnable action) {
        Button button = new Button(getTranslation("remedyEditor.step." + name), click -> {
            try {
                action.run();
                String slug = form.slug();
                open(slug);
                say(getTranslation("remedyEditor.done." + name));
            } catch (EditorialException e) {
                say(e.getMessage());
            }
        });
        button.addClassName("museum-remedy-" + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
        return button;
    }

    private void say(String text) {
        notice.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("remedyEditor.title", title));
    }
}
