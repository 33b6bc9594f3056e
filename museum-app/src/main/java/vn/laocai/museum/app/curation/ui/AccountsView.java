package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.laocai.museum.app.base.ui.MainLayout;
import vn.laocai.museum.app.curation.account.Account;
import vn.laocai.museum.app.curation.account.AccountException;
import vn.laocai.museum.app.curation.account.AccountService;
import vn.laocai.museum.app.curation.account.Role;

/**
 * Accounts, for admins: the list, a form to create one, and per account: change roles and
 * community, reset the password, disable or enable. Every change is audited; one that takes
 * rights away ends the account's sessions.
 */
@Route(value = AccountsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "curation/accounts";

    private final transient AccountService accounts;
    private final transient AuthenticationContext authentication;
    private final Grid<Account> grid = new Grid<>();

    public AccountsView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("museum-accounts");
        add(new H1(getTranslation("accounts.title")));
        add(createForm());
        configureGrid();
        add(grid);
        refresh();
    }

    private Div createForm() {
        TextField username = new TextField(getTranslation("accounts.username"));
        username.addClassName("museum-new-username");
        PasswordField password = new PasswordField(getTranslation("accounts.password"));
        password.addClassName("museum-new-password");
        CheckboxGroup<Role> roles = roleChoice();
        TextField community = new TextField(getTranslation("accounts.community"));
        community.setHelperText(getTranslation("accounts.communityHelp"));
        Button create = new Button(getTranslation("accounts.create"), event -> change(() -> {
            accounts.create(Curator.actor(authentication), username.getValue(), password.getValue(), roles.getValue(), community.getValue());
            username.clear();
            password.clear();
            roles.clear();
            community.clear();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("museum-create-account");
        FormLayout form = new FormLayout(username, password, roles, community);
        Div section = new Div(new H2(getTranslation("accounts.new")), form, create);
        section.addClassName("museum-account-form");
        return section;
    }

    private void configureGrid() {
        grid.addColumn(Account::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(account -> account.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("accounts.roles")).setAutoWidth(true);
        grid.addColumn(Account::community).setHeader(getTranslation("accounts.community")).setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName("museum-accounts-grid");
    }

    private Div actions(Account account) {
        Button roles = new Button(getTranslation("accounts.editRoles"), event -> editRoles(account));
        Button password = new Button(getTranslation("accounts.resetPassword"), event -> resetPassword(account));
        Button toggle = new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                event -> change(() -> accounts.setEnabled(Curator.actor(authentication), account.username(), !account.enabled())));
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.addClassName("museum-toggle-" + account.username());
        return new Div(roles, password, toggle);
    }

    private void editRoles(Account account) {
        Dialog dialog = new Dialog(getTranslation("accounts.editRolesOf", account.username()));
        CheckboxGroup<Role> roles = roleChoice();
        roles.setValue(account.roles().isEmpty() ? Set.of() : EnumSet.copyOf(account.roles()));
        TextField community = new TextField(getTranslation("accounts.community"), account.community(), "");
        Button save = new Button(getTranslation("accounts.save"), event -> change(() -> {
            accounts.changeRoles(Curator.actor(authentication), account.username(), roles.getValue(), community.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(roles, community));
        dialog.getFooter().add(new Button(getTranslation("accounts.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private void resetPassword(Account account) {
        Dialog dialog = new Dialog(getTranslation("accounts.resetPasswordOf", account.username()));
        PasswordField password = new PasswordField(getTranslation("accounts.newPassword"));
        Button save = new Button(getTranslation("accounts.save"), event -> change(() -> {
            accounts.resetPassword(Curator.actor(authentication), account.username(), password.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("accounts.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private CheckboxGroup<Role> roleChoice() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("accounts.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.addClassName("museum-role-choice");
        return roles;
    }

    /** Runs one change; a refused change shows its reason, a done one refreshes the list. */
    private void change(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("accounts.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (AccountException e) {
            Notification.show(getTranslation(e.key())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("accounts.title"));
    }
}
