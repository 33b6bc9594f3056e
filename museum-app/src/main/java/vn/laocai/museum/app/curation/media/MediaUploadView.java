package vn.laocai.museum.app.curation.media;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.account.Role;

/**
 * {@code /curation/media/<kind>/<slug>}: curators upload pictures and 3D models for a species,
 * remedy or story; {@code /curation/media} lists what media can be attached to.
 */
@Route(value = MediaUploadView.ROUTE + "/:kind?/:slug?", layout = MainLayout.class)
@RolesAllowed({"CURATOR", "REVIEWER", "ADMIN"})
public class MediaUploadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "curation/media";
    /** The roles this page opens for, as its access annotation says. */
    public static final Set<Role> UPLOADERS = Set.of(
            Role.CURATOR, Role.REVIEWER,
            Role.ADMIN);

    /** The upload page of one species, remedy or story, for an editor's link; empty for other kinds or roles. */
    public static Optional<Anchor> link(String kind, String slug,
            Set<Role> roles, String text) {
        if (!UploadTarget.KINDS.contains(kind) || roles.stream().noneMatch(UPLOADERS::contains)) {
            return Optional.empty();
        }
        Anchor link = new Anchor(ROUTE + "/" + kind + "/" + slug, text);
        link.addClassName("museum-editor-media-link");
        return Optional.of(link);
    }

    private final transient MediaUploads uploads;
    private final transient UploadJobs jobs;
    private final transient AuthenticationContext authentication;
    private final UploadSettings settings;
    private String title;

    public MediaUploadView(MediaUploads uploads, UploadJobs jobs, AuthenticationContext authentication, UploadSettings settings) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.authentication = authentication;
        this.settings = settings;
        addClassName("museum-media-upload-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> kind = event.getRouteParameters().get("kind");
        Optional<String> slug = event.getRouteParameters().get("slug");
        if (kind.isEmpty()) {
            showTargets();
            return;
        }
        Optional<UploadTarget> target = UploadTarget.parse(kind.get(), slug.orElse(null)).filter(uploads::exists);
        if (target.isEmpty()) {
            title = getTranslation("mediaUpload.unknownTarget");
            add(new H1(title), new Anchor(ROUTE, getTranslation("mediaUpload.chooseTarget")));
            return;
        }
        title = getTranslation("mediaUpload.title", target.get().path());
        String actor = authentication.getPrincipalName().orElse("");
        add(new H1(title), new Anchor(kindPage(target.get()), getTranslation("mediaUpload.openPage")),
                new MediaUploadPanel(uploads, jobs, target.get(), settings.maxFileSize().toBytes(), actor));
    }

    private void showTargets() {
        title = getTranslation("mediaUpload.chooseTarget");
        add(new H1(title), new Paragraph(getTranslation("mediaUpload.chooseHelp")));
        List<Map.Entry<UploadTarget, String>> targets = uploads.targets();
        for (String kind : UploadTarget.KINDS) {
            Div list = new Div(new H2(getTranslation("mediaUpload.kind." + kind)));
            list.addClassName("museum-media-targets-" + kind);
            targets.stream().filter(entry -> entry.getKey().kind().equals(kind)).forEach(entry ->
                    list.add(new Div(new Anchor(ROUTE + "/" + entry.getKey().path(), entry.getValue()))));
            add(list);
        }
    }

    private static String kindPage(UploadTarget target) {
        return switch (target.kind()) {
            case "species" -> "species/" + target.slug();
            case "remedy" -> "remedies/" + target.slug();
            default -> "stories/" + target.slug();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", title == null ? getTranslation("mediaUpload.chooseTarget") : title);
    }
}
