package vn.laocai.museum.app.curation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.laocai.museum.app.base.ui.MainLayout;

/**
 * The curators' login, reached at {@code /login} directly: no public page links here. The form
 * posts to Spring Security; a failure (wrong password, unknown or disabled account, or a lock
 * after too many failures) comes back as {@code ?error} and says the same in each case.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final H1 heading = new H1();
    private final Paragraph notice = new Paragraph();
    private final LoginForm form = new LoginForm();
    private boolean error;
    private boolean expired;

    public LoginView() {
        addClassName("museum-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        notice.addClassName("museum-login-notice");
        notice.setVisible(false);
        add(heading, notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        error = parameters.containsKey("error");
        expired = parameters.containsKey("expired");
        form.setError(error);
        localize();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    private void localize() {
        heading.setText(getTranslation("login.title"));
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.formTitle"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage failure = i18n.getErrorMessage();
        failure.setTitle(getTranslation("login.errorTitle"));
        failure.setMessage(getTranslation("login.errorMessage"));
        form.setI18n(i18n);
        notice.setText(expired ? getTranslation("login.expired") : "");
        notice.setVisible(expired && !error);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.pageTitle", getTranslation("login.title"));
    }
}
