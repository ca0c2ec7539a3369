package org.ecosystemgraph.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/**
 * The layout of the web application: one package per feature, each a controller without Cypher beside its own
 * package-private repository; shared packages that no feature's internals leak into.
 */
@AnalyzeClasses(packages = "org.ecosystemgraph.api", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    private static final String[] SHARED = {
        "org.ecosystemgraph.api.graph..",
        "org.ecosystemgraph.api.graphql..",
        "org.ecosystemgraph.api.names..",
        "org.ecosystemgraph.api.security..",
        "org.ecosystemgraph.api.startup.."
    };

    private static final String[] FEATURES = {
        "org.ecosystemgraph.api.activity..",
        "org.ecosystemgraph.api.agreement..",
        "org.ecosystemgraph.api.browser..",
        "org.ecosystemgraph.api.consortium..",
        "org.ecosystemgraph.api.organization..",
        "org.ecosystemgraph.api.partner..",
        "org.ecosystemgraph.api.path..",
        "org.ecosystemgraph.api.place..",
        "org.ecosystemgraph.api.search..",
        "org.ecosystemgraph.api.source..",
        "org.ecosystemgraph.api.supportfunction.."
    };

    @ArchTest
    static final ArchRule shared_packages_never_import_a_feature = noClasses()
            .that()
            .resideInAnyPackage(SHARED)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule controllers_hold_no_cypher = noClasses()
            .that()
            .areAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.neo4j.driver..")
            .because("a feature's Cypher and its mapping live in its repository");

    @ArchTest
    static final ArchRule repositories_belong_to_their_feature = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .because("another feature reaches a feature's data through the GraphQL schema, not its repository");

    @ArchTest
    static final ArchRule the_web_application_is_not_the_command_line_nor_the_bench = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.ecosystemgraph.cli..", "org.ecosystemgraph.bench..");
}
