package vn.laocai.museum.app.media;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.BiFunction;

/** The caption and credit lines under a picture or a model, in the page's language. */
final class MediaCredits {

    private MediaCredits() {}

    /**
     * @param translate the view's {@code getTranslation}
     * @param caption the caption in the page's language, or null (then {@code fallback} is shown)
     */
    static Div of(BiFunction<String, Object[], String> translate, String caption, String fallback, String creator,
            String licence, boolean placeholder) {
        Div credits = new Div();
        credits.addClassName("museum-credits");
        Span text = new Span(caption != null ? caption : fallback);
        text.addClassName("museum-caption");
        credits.add(text);
        if (placeholder) {
            Span marker = new Span(translate.apply("media.placeholder", new Object[0]));
            marker.addClassName("museum-placeholder-badge");
            credits.add(marker);
        }
        if (creator != null || licence != null) {
            String who = creator == null ? translate.apply("media.unknownCreator", new Object[0]) : creator;
            String line = licence == null ? translate.apply("media.credit", new Object[] {who})
                    : translate.apply("media.creditLicence", new Object[] {who, licence});
            Span credit = new Span(line);
            credit.addClassName("museum-credit");
            credits.add(credit);
        }
        return credits;
    }
}
