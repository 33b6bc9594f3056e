package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import vn.laocai.museum.ontology.SpeciesCatalog;
import vn.laocai.museum.ontology.SpeciesSummary;

/** The home page: what the museum is, and a card for each herb in the collection. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Bảo tàng Dược liệu số Lào Cai")
public class HomeView extends VerticalLayout {

    public HomeView(SpeciesCatalog catalog) {
        addClassName("museum-home");
        add(new H1("Bảo tàng Dược liệu số Lào Cai"));
        add(new Paragraph("Cây thuốc của vùng núi Lào Cai: tên gọi của từng dân tộc, nơi trồng, cách dùng "
                + "theo kinh nghiệm truyền thống và những điều cần thận trọng."));
        add(sections());
        add(new H2("Bộ sưu tập"));
        Div cards = new Div();
        cards.addClassName("museum-cards");
        catalog.list("vi").forEach(species -> cards.add(card(species)));
        add(cards);
    }

    private static Div sections() {
        Div links = new Div(new Anchor("stories", "Câu chuyện"), new Anchor("remedies", "Bài thuốc"),
                new Anchor("knowledge", "Tri thức bản địa"), new Anchor("sparql-editor", "Dữ liệu mở"));
        links.addClassName("museum-sections");
        return links;
    }

    static Anchor card(SpeciesSummary species) {
        Div body = new Div();
        body.addClassName("museum-card-body");
        Span title = new Span(species.title());
        title.addClassName("museum-card-title");
        Span latin = new Span(species.scientificName());
        latin.addClassName("museum-latin");
        body.add(title, latin);
        Anchor card = new Anchor("species/" + species.slug());
        card.addClassName("museum-card");
        species.image().ifPresent(key -> {
            Image image = new Image(MediaUrls.of(key), "Ảnh minh hoạ " + species.title());
            image.getElement().setAttribute("loading", "lazy");
            card.add(image);
        });
        card.add(body);
        return card;
    }
}
