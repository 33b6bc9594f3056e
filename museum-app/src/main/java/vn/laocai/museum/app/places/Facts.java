package vn.laocai.museum.app.places;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The parts the reference pages share: a list of facts, and a heading over links. */
public final class Facts {

    private final DescriptionList list = new DescriptionList();

    public Facts() {
        list.addClassName("museum-facts");
    }

    /** Adds a fact when it has a value. */
    public Facts add(String term, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
        return this;
    }

    public DescriptionList component() {
        return list;
    }

    /** A heading and a list of links; nothing when there are none. */
    public static <T> List<Component> links(String heading, List<T> items, Function<T, String> href, Function<T, String> text) {
        if (items.isEmpty()) {
            return List.of();
        }
        UnorderedList links = new UnorderedList();
        items.forEach(item -> links.add(new ListItem(new Anchor(href.apply(item), text.apply(item)))));
        List<Component> section = new ArrayList<>();
        section.add(new H2(heading));
        section.add(links);
        return section;
    }
}
