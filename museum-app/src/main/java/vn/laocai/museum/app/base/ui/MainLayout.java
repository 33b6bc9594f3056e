package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;

/** The frame of every public page: the museum's name and a search box that accepts any name of a herb. */
public class MainLayout extends AppLayout {

    private final TextField search = new TextField();

    public MainLayout() {
        addToNavbar(brand(), searchBox(), researchLink());
        // No side drawer: every page is reached from the header, cards and links.
        setDrawerOpened(false);
    }

    private Anchor brand() {
        Anchor brand = new Anchor("", "Bảo tàng Dược liệu số Lào Cai");
        brand.addClassName("museum-brand");
        return brand;
    }

    private Anchor researchLink() {
        // By route name: the SPARQL feature depends on this layout, not the other way round.
        Anchor link = new Anchor("sparql-editor", "Dữ liệu mở (SPARQL)");
        link.addClassName("museum-nav-link");
        return link;
    }

    private Div searchBox() {
        search.setPlaceholder("Tìm theo tên cây, tên khoa học, tên Hán…");
        search.setAriaLabel("Tìm kiếm dược liệu");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addKeyPressListener(Key.ENTER, event -> submit());
        search.addClassName("museum-search-field");
        Button go = new Button("Tìm", event -> submit());
        go.addClassName("museum-search-button");
        Div box = new Div(search, go);
        box.addClassName("museum-search");
        return box;
    }

    private void submit() {
        String query = search.getValue().strip();
        if (!query.isEmpty()) {
            // By route name, not class: the search feature depends on this layout, not the other way round.
            UI.getCurrent().navigate("search", new QueryParameters(Map.of("q", java.util.List.of(query))));
        }
    }
}
