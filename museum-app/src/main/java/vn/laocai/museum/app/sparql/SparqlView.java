package vn.laocai.museum.app.sparql;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.laocai.museum.app.base.ui.MainLayout;

/**
 * The researcher's query page at {@code /sparql-editor}: an editor, example queries that teach the
 * ontology, results as a table, a sentence or Turtle, and download links to {@code /sparql}. The
 * query lives in the URL ({@code ?query=…}), so a page of results can be shared.
 */
@Route(value = SparqlPresenter.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("context://styles/sparql.css")
public class SparqlView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    /** Up to this many rows the table grows to fit; beyond it, it scrolls and loads lazily. */
    private static final int ROWS_SHOWN_WHOLE = 15;

    private final SparqlPresenter presenter;
    private final TextArea editor = new TextArea();
    private final Button run = new Button();
    private final H1 heading = new H1();
    private final Span introduction = new Span();
    private final Span hint = new Span();
    private final H2 examplesHeading = new H2();
    private final Span downloadLabel = new Span();
    private final Span limitsSentence = new Span();
    private SparqlOutcome shown;
    private java.util.Locale labelledIn;
    private final Div error = new Div();
    private final Div status = new Div();
    private final Div downloads = new Div();
    private final Div result = new Div();

    public SparqlView(SparqlPresenter presenter) {
        this.presenter = presenter;
        addClassName("museum-sparql");
        add(heading, intro());
        configureEditor();
        Div workspace = new Div(editorColumn(), examples());
        workspace.addClassName("museum-sparql-workspace");
        status.addClassName("museum-sparql-status");
        downloads.addClassName("museum-sparql-downloads");
        result.addClassName("museum-sparql-result");
        add(workspace, status, downloads, result);
    }

    /** The page's own labels; the examples, results and messages come from the presenter. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("sparql.title"));
        editor.setLabel(getTranslation("sparql.query"));
        run.setText(getTranslation("sparql.run"));
        introduction.setText(getTranslation("sparql.intro") + " ");
        hint.setText(getTranslation("sparql.hint"));
        examplesHeading.setText(getTranslation("sparql.examples"));
        downloadLabel.setText(getTranslation("sparql.download") + " ");
        limitsSentence.setText(". " + presenter.limits(getLocale()));
        if (shown != null && !getLocale().equals(labelledIn)) {
            show(shown);
        }
        labelledIn = getLocale();
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("sparql.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getLocation());
    }

    /** A location with {@code ?query=…} fills the editor and runs; without one the first example waits. */
    void open(Location location) {
        location.getQueryParameters().getSingleParameter("query").filter(query -> !query.isBlank()).ifPresentOrElse(
                query -> {
                    editor.setValue(query);
                    show(presenter.run(query, getLocale()));
                },
                () -> {
                    if (editor.isEmpty()) {
                        editor.setValue(presenter.startingQuery());
                    }
                });
    }

    private Paragraph intro() {
        Anchor endpoint = new Anchor("/sparql", "/sparql");
        endpoint.getElement().setAttribute("router-ignore", true);
        return new Paragraph(introduction, endpoint,
                limitsSentence);
    }

    private void configureEditor() {
        editor.addClassName("museum-sparql-editor");
        editor.setWidthFull();
        // Long queries scroll inside the editor, so the Run button stays in sight.
        editor.setMaxHeight("24rem");
        editor.getElement().setAttribute("spellcheck", "false");
        editor.getElement().setAttribute("autocapitalize", "off");
        run.addThemeVariants(ButtonVariant.PRIMARY);
        run.addClassName("museum-sparql-run");
        run.addClickListener(event -> runEditor());
        run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        run.addClickShortcut(Key.ENTER, KeyModifier.META);
        error.addClassName("museum-sparql-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
    }

    private Div editorColumn() {
        hint.addClassName("museum-sparql-hint");
        Div actions = new Div(run, hint);
        actions.addClassName("museum-sparql-actions");
        Div column = new Div(editor, actions, error);
        column.addClassName("museum-sparql-editor-column");
        return column;
    }

    private Div examples() {
        Div list = new Div();
        list.addClassName("museum-sparql-example-list");
        for (SparqlExample example : presenter.examples()) {
            Button pick = new Button(example.title(), event -> {
                editor.setValue(example.query());
                editor.focus();
            });
            pick.addThemeVariants(ButtonVariant.TERTIARY);
            pick.addClassName("museum-sparql-example");
            pick.setId("example-" + example.id());
            list.add(pick);
        }
        Div aside = new Div(examplesHeading, list);
        aside.addClassName("museum-sparql-examples");
        return aside;
    }

    private void runEditor() {
        String query = editor.getValue();
        show(presenter.run(query, getLocale()));
        // The address bar keeps the query, so the page can be bookmarked and shared.
        UI.getCurrent().getPage().getHistory().replaceState(null, SparqlPresenter.location(query));
    }

    private void show(SparqlOutcome outcome) {
        shown = outcome;
        error.removeAll();
        error.setVisible(false);
        status.removeAll();
        downloads.removeAll();
        result.removeAll();
        switch (outcome) {
            case SparqlOutcome.Table table -> {
                status.setText(table.summary(getLocale()));
                result.add(grid(table));
                offer(table.downloads());
            }
            case SparqlOutcome.Verdict verdict -> {
                status.setText(verdict.summary());
                Paragraph sentence = new Paragraph(verdict.sentence(getLocale()));
                sentence.addClassName("museum-sparql-answer");
                result.add(sentence);
                offer(verdict.downloads());
            }
            case SparqlOutcome.GraphText graph -> {
                status.setText(graph.summary(getLocale()));
                Pre turtle = new Pre(graph.turtle());
                turtle.addClassName("museum-sparql-turtle");
                result.add(turtle);
                offer(graph.downloads());
            }
            case SparqlOutcome.Failure failure -> {
                Span title = new Span(failure.title());
                title.addClassName("museum-sparql-error-title");
                Pre detail = new Pre(failure.detail());
                error.add(title, detail);
                error.setVisible(true);
            }
        }
    }

    private static Grid<List<SparqlCell>> grid(SparqlOutcome.Table table) {
        Grid<List<SparqlCell>> grid = new Grid<>();
        grid.addClassName("museum-sparql-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        for (int i = 0; i < table.variables().size(); i++) {
            int column = i;
            String variable = table.variables().get(i);
            grid.addComponentColumn(row -> cell(row.get(column)))
                    .setHeader("?" + variable).setKey(variable).setResizable(true).setAutoWidth(true);
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(table.rows().size() <= ROWS_SHOWN_WHOLE);
        return grid;
    }

    private static Component cell(SparqlCell value) {
        if (value.isLink()) {
            Anchor link = new Anchor(value.href(), value.text());
            // Not a view of this app: let the browser fetch it (the server answers /id/… with a redirect).
            link.getElement().setAttribute("router-ignore", true);
            return link;
        }
        Span text = new Span(value.text());
        Span cell = new Span(text);
        if (value.language() != null) {
            text.getElement().setAttribute("lang", value.language());
            Span tag = new Span("@" + value.language());
            tag.addClassName("museum-sparql-lang");
            cell.add(tag);
        }
        if (value.datatype() != null) {
            Span type = new Span("^^" + value.datatype());
            type.addClassName("museum-sparql-datatype");
            cell.add(type);
        }
        return cell;
    }

    private void offer(List<SparqlDownload> links) {
        downloads.add(downloadLabel);
        for (SparqlDownload download : links) {
            Anchor link = new Anchor(download.href(), download.label());
            link.getElement().setAttribute("download", download.fileName());
            link.getElement().setAttribute("router-ignore", true);
            link.addClassName("museum-sparql-download");
            downloads.add(link);
        }
    }
}
