package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.curation.editorial.DocumentEditing;
import vn.laocai.museum.app.curation.editorial.DocumentEditors;
import vn.laocai.museum.app.curation.editorial.DocumentForm;
import vn.laocai.museum.app.curation.editorial.DocumentForm.Field;
import vn.laocai.museum.app.curation.editorial.EditorialException;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.editorial.EditorialRevision;
import vn.laocai.museum.app.curation.editorial.EditorialState;
import vn.laocai.museum.app.curation.editorial.EditorialWorkflow;
import vn.laocai.museum.app.curation.media.MediaUploadView;
import vn.laocai.museum.content.MarkdownRenderer;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.search.SearchIndex;

/**
 * The editor of a remedy, species text, story or knowledge record: the kind's fields with the
 * shapes' messages next to them as they change (a remedy's ingredients with a picker that finds
 * species by any of their names), Markdown narratives with a preview sanitised as the public page
 * is, saving as a draft, the workflow's steps the account may take and the revision's comments.
 * A save over someone else's newer change is refused and shows both versions field by field, to
 * keep one's own value or take theirs. A document the account may not read (a community-restricted
 * record of another community) is shown as not found.
 */
abstract class DocumentEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final EditorialKind kind;
    private final transient DocumentEditing editing;
    private final transient MarkdownRenderer markdown;
    private final transient EditorialWorkflow.Editor editor;
    private final transient SearchIndex search;

    private transient DocumentForm form;
    private transient Model base;
    private String version;
    private String title = "";
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<String, Div> previews = new LinkedHashMap<>();
    private final Div conflict = new Div();
    private final Div otherMessages = new Div();
    private final Div workflowBar = new Div();
    private final Div comments = new Div();
    private final Paragraph status = new Paragraph();
    private final Paragraph notice = new Paragraph();

    DocumentEditorView(EditorialKind kind, AuthenticationContext authentication, DocumentEditors editors, MarkdownRenderer markdown) {
        this(kind, authentication, editors, markdown, null);
    }

    /** @param search where a remedy's ingredient picker finds species (null for kinds without ingredients) */
    DocumentEditorView(EditorialKind kind, AuthenticationContext authentication, DocumentEditors editors, MarkdownRenderer markdown,
            SearchIndex search) {
        this.kind = kind;
        this.editing = editors.of(kind);
        this.markdown = markdown;
        this.search = search;
        this.editor = Curator.editor(authentication);
        EditorTexts.style(kind, this, "museum-document-editor");
        addClassName("museum-document-editor-" + kind.code());
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        open(slug);
    }

    /** Loads the document's fields afresh. */
    void open(String slug) {
        removeAll();
        fields.clear();
        previews.clear();
        DocumentEditing.Loaded loaded;
        try {
            loaded = editing.load(editor, slug);
        } catch (EditorialException e) {
            title = "";
            add(new H1(getTranslation(EditorTexts.notFound(kind))));
            return;
        }
        form = loaded.form();
        version = loaded.version();
        base = editing.content(slug, loaded.revision());
        title = base.getResource(form.iri()).listProperties(MuseumVocab.NAME).toList().stream()
                .filter(s -> "vi".equals(s.getLanguage())).map(s -> s.getString()).findFirst().orElse(slug);
        add(new H1(getTranslation("remedyEditor.title", title)));
        style(status, "status");
        style(notice, "notice");
        style(otherMessages, "messages");
        style(conflict, "conflict");
        conflict.setVisible(false);
        Anchor history = new Anchor(EditorRoutes.history(kind, slug), getTranslation("remedyHistory.link"));
        style(history, "history-link");
        add(status, history);
        MediaUploadView.link(kind.code(), slug, editor.roles(), getTranslation("mediaUpload.forThis")).ifPresent(this::add);
        add(notice, conflict, otherMessages);
        form.fields().forEach(field -> add(component(field)));
        Button save = new Button(getTranslation("remedyEditor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        style(save, "save");
        save.setVisible(editing.workflow().mayWrite(editor, slug));
        add(save);
        style(workflowBar, "workflow");
        style(comments, "comments");
        add(new H2(getTranslation("remedyEditor.workflow")), workflowBar, new H2(getTranslation("remedyEditor.comments")), comments);
        showRevision(loaded.revision());
        validate();
    }

    /** Adds the editor's CSS class {@code museum-editor-<name>} (and a remedy's {@code museum-remedy-<name>}). */
    private void style(HasStyle component, String name) {
        EditorTexts.style(kind, component, "museum-editor-" + name);
    }

    private Component component(Field field) {
        if (field.type() == DocumentForm.Type.INGREDIENTS) {
            IngredientsField ingredients = new IngredientsField(kind, label(field), form, search, this::validate);
            fields.put(field.key(), ingredients);
            return ingredients;
        }
        boolean line = field.type() == DocumentForm.Type.TEXT || field.type() == DocumentForm.Type.PLAIN;
        var component = line ? new TextField(label(field)) : new TextArea(label(field));
        component.setValue(form.get(field.key()));
        component.setWidthFull();
        style(component, field.key());
        fields.put(field.key(), component);
        switch (field.type()) {
            case SOURCES -> component.setHelperText(getTranslation("remedyEditor.sourcesHelp"));
            case NOTES -> component.setHelperText(getTranslation("remedyEditor.oneALine"));
            case MARKDOWN -> component.setHelperText(getTranslation("remedyEditor.markdownHelp"));
            default -> { }
        }
        if (field.type() != DocumentForm.Type.MARKDOWN) {
            component.addValueChangeListener(event -> {
                form.set(field.key(), event.getValue());
                validate();
            });
            return component;
        }
        ((TextArea) component).setValueChangeMode(ValueChangeMode.LAZY);
        Div preview = new Div();
        style(preview, "preview");
        previews.put(field.key(), preview);
        component.addValueChangeListener(event -> {
            form.set(field.key(), event.getValue());
            renderPreview(field.key());
            validate();
        });
        renderPreview(field.key());
        Div wrapper = new Div(component, new Span(getTranslation("remedyEditor.preview")), preview);
        style(wrapper, "markdown");
        wrapper.setWidthFull();
        return wrapper;
    }

    private String label(Field field) {
        return getTranslation(EditorTexts.field(kind, field));
    }

    /** A narrative as the public page shows it: rendered and sanitised by the content module's renderer. */
    private void renderPreview(String key) {
        previews.get(key).getElement().setProperty("innerHTML", markdown.toHtml(form.get(key)));
    }

    public String previewHtml(String key) {
        return previews.get(key).getElement().getProperty("innerHTML", "");
    }

    /** Runs the shapes on the form's RDF and puts each message next to its field. */
    void validate() {
        String language = SiteLanguage.supported(getLocale()).getLanguage();
        Map<String, List<String>> messages = DocumentEditing.byField(editing.validate(form, base, language));
        fields.forEach((key, component) -> {
            List<String> mine = messages.getOrDefault(key, List.of());
            HasValidation validation = (HasValidation) component;
            validation.setErrorMessage(String.join(" ", mine));
            validation.setInvalid(!mine.isEmpty());
        });
        otherMessages.removeAll();
        messages.getOrDefault(DocumentForm.OTHER, List.of()).forEach(message -> otherMessages.add(new Paragraph(message)));
    }

    /** The message shown next to a field, empty when the shapes have nothing to say about it. */
    public String messageOf(String key) {
        HasValidation validation = (HasValidation) fields.get(key);
        return validation.isInvalid() ? validation.getErrorMessage() : "";
    }

    private void save() {
        try {
            version = editing.save(editor, form, version);
            conflict.setVisible(false);
            say(getTranslation("remedyEditor.saved"));
            showRevision(editing.workflow().revision(form.slug()));
            base = editing.content(form.slug(), editing.workflow().revision(form.slug()));
        } catch (DocumentEditing.Conflict e) {
            showConflict(e);
        } catch (EditorialException e) {
            say(e.getMessage());
        }
    }

    /** Both versions field by field: keep mine, or take theirs; the next save writes the result over theirs. */
    private void showConflict(DocumentEditing.Conflict e) {
        DocumentForm theirs = e.theirs().form();
        version = e.theirs().version();
        base = editing.content(form.slug(), e.theirs().revision());
        conflict.removeAll();
        conflict.add(new Paragraph(getTranslation(EditorTexts.conflict(kind), e.changedBy(), e.changed().map(TIME::format).orElse(""))));
        for (Field field : form.differences(theirs)) {
            Div row = new Div();
            style(row, "conflict-field");
            row.getElement().setAttribute("data-field", field.key());
            Div mine = new Div(new Span(getTranslation("remedyEditor.mine")), new Paragraph(form.get(field.key())));
            style(mine, "mine");
            Div other = new Div(new Span(getTranslation("remedyEditor.theirs")), new Paragraph(theirs.get(field.key())));
            style(other, "theirs");
            Button keep = new Button(getTranslation("remedyEditor.keepMine"), click -> row.setVisible(false));
            style(keep, "keep-mine");
            Button take = new Button(getTranslation("remedyEditor.takeTheirs"), click -> {
                form.take(field.key(), theirs);
                if (fields.get(field.key()) instanceof IngredientsField ingredients) {
                    ingredients.refresh();
                } else if (fields.get(field.key()) instanceof HasValue<?, ?> value) {
                    @SuppressWarnings("unchecked")
                    HasValue<?, String> text = (HasValue<?, String>) value;
                    text.setValue(theirs.get(field.key()));
                }
                validate();
                row.setVisible(false);
            });
            style(take, "take-theirs");
            row.add(new H2(label(field)), mine, other, keep, take);
            conflict.add(row);
        }
        conflict.setVisible(true);
    }

    private void showRevision(Optional<EditorialRevision> revision) {
        boolean editable = editing.workflow().mayWrite(editor, form.slug())
                && revision.map(r -> r.state() != EditorialState.IN_REVIEW).orElse(true);
        fields.values().forEach(component -> {
            if (component instanceof IngredientsField ingredients) {
                ingredients.setReadOnly(!editable);
            } else {
                ((HasValue<?, ?>) component).setReadOnly(!editable);
            }
        });
        EditorialState state = revision.map(EditorialRevision::state).orElse(EditorialState.PUBLISHED);
        status.setText(getTranslation("remedyEditor.status", getTranslation("remedyEditor.state." + state.code()),
                revision.map(EditorialRevision::changedBy).orElse("—"),
                revision.map(r -> TIME.format(r.changed())).orElse("—")));
        workflowBar.removeAll();
        actions(revision.map(EditorialRevision::state).orElse(null));
        comments.removeAll();
        revision.ifPresent(r -> r.comments().forEach(comment -> {
            Paragraph line = new Paragraph(TIME.format(comment.time()) + " — " + comment.author() + ": " + comment.text());
            style(line, "comment");
            comments.add(line);
        }));
    }

    /** The steps this account may take from the revision's state; a document without a revision has only its published text. */
    private void actions(EditorialState state) {
        EditorialWorkflow workflow = editing.workflow();
        String slug = form.slug();
        boolean writer = workflow.mayWrite(editor, slug);
        boolean publisher = workflow.mayPublish(editor, slug);
        if (writer && state == EditorialState.DRAFT) {
            workflowBar.add(step("submit", () -> workflow.submit(editor, slug)));
        }
        if (publisher && state == EditorialState.IN_REVIEW) {
            workflowBar.add(step("publish", () -> workflow.publish(editor, slug)));
            TextArea why = new TextArea(getTranslation("remedyEditor.why"));
            style(why, "why");
            why.setWidthFull();
            workflowBar.add(why, step("sendBack", () -> workflow.sendBack(editor, slug, why.getValue())));
        }
        if (publisher && state == EditorialState.PUBLISHED) {
            Button archive = step("archive", () -> workflow.archive(editor, slug));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            workflowBar.add(archive);
        }
        if ((writer || publisher) && (state == EditorialState.DRAFT || state == EditorialState.IN_REVIEW)) {
            TextArea comment = new TextArea(getTranslation("remedyEditor.comment"));
            style(comment, "comment-text");
            comment.setWidthFull();
            workflowBar.add(comment, step("addComment", () -> workflow.comment(editor, slug, comment.getValue())));
        }
    }

    /** A workflow button: takes the step, then reloads the document; a refused step says why. */
    private Button step(String name, Runnable action) {
        Button button = new Button(getTranslation("remedyEditor.step." + name), click -> {
            try {
                action.run();
                open(form.slug());
                say(getTranslation(EditorTexts.done(kind, name)));
            } catch (EditorialException e) {
                say(e.getMessage());
            }
        });
        style(button, name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
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
