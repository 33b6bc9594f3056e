package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.laocai.museum.app.base.i18n.SiteLanguage;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.account.AccountService;
import vn.laocai.museum.app.curation.account.Role;
import vn.laocai.museum.app.curation.editorial.EditorialKind;
import vn.laocai.museum.app.curation.media.MediaUploadView;
import vn.laocai.museum.app.curation.security.KnowledgeAccess;
import vn.laocai.museum.app.curation.security.MuseumUser;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;

/**
 * Where a logged-in account lands: who it is, what each of its roles lets it do and where, and
 * the buttons to log out here or everywhere.
 */
@Route(value = "curation", layout = MainLayout.class)
@PermitAll
public class CurationHomeView extends VerticalLayout implements HasDynamicTitle {

    /** The staff pages of the herb sector, under {@code /staff/}. */
    private static final java.util.List<String> STAFF_PAGES = java.util.List.of("growing-areas", "organisations", "certifications",
            "ocop-products", "yearly-output", "market-prices");

    private final transient AuthenticationContext authentication;
    private final transient AccountService accounts;

    private final transient DocumentCatalog restricted;

    public CurationHomeView(AuthenticationContext authentication, AccountService accounts, GraphStore graph) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.restricted = DocumentCatalog.restricted(graph);
        addClassName("museum-curation");
        MuseumUser user = Curator.of(authentication);
        add(new H1(getTranslation("curation.title")));
        add(new Paragraph(getTranslation("curation.signedInAs", user.getUsername(), roles(user))));
        Arrays.stream(Role.values()).filter(user::has).forEach(role -> add(section(role, user)));
        if (user.has(Role.CURATOR) || user.has(Role.REVIEWER) || user.has(Role.ADMIN)) {
            add(new Div(new Anchor(MediaUploadView.ROUTE, getTranslation("mediaUpload.link"))));
        }
        if (user.has(Role.KEEPER) || user.has(Role.REVIEWER)) {
            add(restrictedKnowledge(user));
        }
        add(sessionButtons());
    }

    private String roles(MuseumUser user) {
        return user.roles().stream().sorted().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private Div section(Role role, MuseumUser user) {
        Div section = new Div(new H2(getTranslation("role." + role.name())),
                new Paragraph(getTranslation("curation.role." + role.name(), user.community())));
        section.addClassName("museum-curation-role");
        section.addClassName("museum-curation-role-" + role.name().toLowerCase(java.util.Locale.ROOT));
        if (role == Role.CURATOR || role == Role.REVIEWER) {
            section.add(new Div(new Anchor(RemedyListView.ROUTE, getTranslation("remedyEditor.edit")),
                    new Anchor(EditorRoutes.list(EditorialKind.SPECIES), getTranslation("curation.editSpecies")),
                    new Anchor(EditorRoutes.list(EditorialKind.STORY), getTranslation("curation.editStories"))));
        }
        if (role == Role.KEEPER || role == Role.REVIEWER) {
            Anchor knowledge = new Anchor(EditorRoutes.list(EditorialKind.KNOWLEDGE), getTranslation("curation.editKnowledge"));
            knowledge.addClassName("museum-curation-edit-knowledge");
            section.add(new Div(knowledge));
        }
        if (role == Role.STAFF) {
            // By address, not by class: the staff pages depend on curation's audit log, never the other way round.
            STAFF_PAGES.forEach(page -> section.add(new Div(new Anchor("staff/" + page, getTranslation("sector.link." + page)))));
        }
        if (role == Role.ADMIN) {
            section.add(new Div(new Anchor(AccountsView.ROUTE, getTranslation("curation.accounts")),
                    new Anchor(AuditView.ROUTE, getTranslation("curation.audit"))));
        }
        return section;
    }

    /** The restricted records this account may read: all for a reviewer, its community's for a keeper. */
    private Div restrictedKnowledge(MuseumUser user) {
        String language = SiteLanguage.supported(getLocale()).getLanguage();
        Div list = new Div(new H2(getTranslation("curation.restrictedKnowledge")));
        list.addClassName("museum-curation-restricted");
        restricted.list(DocumentKind.KNOWLEDGE, language).stream()
                .filter(link -> restricted.find(DocumentKind.KNOWLEDGE, link.slug(), "vi")
                        .filter(record -> KnowledgeAccess.mayRead(user, record)).isPresent())
                .forEach(link -> list.add(new Div(new Anchor(DocumentKind.KNOWLEDGE.page(link.slug()), link.title()))));
        if (list.getComponentCount() == 1) {
            list.add(new Paragraph(getTranslation("curation.restrictedNone")));
        }
        return list;
    }

    private Div sessionButtons() {
        Button logout = new Button(getTranslation("curation.logout"), event -> authentication.logout());
        logout.addClassName("museum-logout");
        Button everywhere = new Button(getTranslation("curation.logoutEverywhere"), event -> {
            accounts.endOwnSessions(Curator.actor(authentication));
            authentication.logout();
        });
        everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        everywhere.addClassName("museum-logout-everywhere");
        Div buttons = new Div(logout, everywhere);
        buttons.addClassName("museum-curation-sessions");
        return buttons;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("curation.title"));
    }
}
