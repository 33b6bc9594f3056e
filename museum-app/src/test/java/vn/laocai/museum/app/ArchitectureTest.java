package vn.laocai.museum.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Guards the module and package rules of the museum's architecture. */
@AnalyzeClasses(packages = "vn.laocai.museum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] LIBRARIES = {"vn.laocai.museum.ontology..", "vn.laocai.museum.search..",
            "vn.laocai.museum.content..", "vn.laocai.museum.media..", "vn.laocai.museum.export.."};

    /** Without one, Vaadin's access control refuses the view (or every view in the layout, or the error page) to everyone. */
    @ArchTest
    static final ArchRule every_view_and_layout_says_who_may_open_it = classes()
            .that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
            .or().implement(com.vaadin.flow.router.RouterLayout.class).and().areNotInterfaces()
            .or().implement(com.vaadin.flow.router.HasErrorParameter.class).and().areNotInterfaces()
            .should().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class);

    @ArchTest
    static final ArchRule libraries_know_nothing_of_spring_or_vaadin = noClasses()
            .that().resideInAnyPackage(LIBRARIES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
            .because("ontology, content and media-ingest are plain Java libraries; the app wires them");

    @ArchTest
    static final ArchRule libraries_do_not_depend_on_the_app = noClasses()
            .that().resideInAnyPackage(LIBRARIES)
            .should().dependOnClassesThat().resideInAPackage("vn.laocai.museum.app..");

    @ArchTest
    static final ArchRule the_graph_knows_nothing_of_content_or_media = noClasses()
            .that().resideInAnyPackage("vn.laocai.museum.ontology..", "vn.laocai.museum.search..", "vn.laocai.museum.export..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.laocai.museum.content..", "vn.laocai.museum.media..")
            .because("dependencies point one way: content and media-ingest build on the ontology");

    @ArchTest
    static final ArchRule domain_does_not_depend_on_ui = noClasses()
            .that().resideInAnyPackage("..domain..", "vn.laocai.museum.ontology..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..");

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles = slices()
            .matching("vn.laocai.museum.app.(*)..")
            .should().beFreeOfCycles();
}
