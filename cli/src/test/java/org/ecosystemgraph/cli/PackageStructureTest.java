package org.ecosystemgraph.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line starts like one: only {@code serve} reaches into the web application; every other command, and
 * the research code, works on a driver without a Spring context.
 */
@AnalyzeClasses(packages = "org.ecosystemgraph.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    @ArchTest
    static final ArchRule only_serve_starts_the_web_application = noClasses()
            .that()
            .doNotHaveSimpleName("ServeCommand")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.ecosystemgraph.api..", "org.springframework.boot..", "org.springframework.context..");

    @ArchTest
    static final ArchRule research_is_independent_of_the_commands = noClasses()
            .that()
            .resideInAPackage("org.ecosystemgraph.cli.research..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.ecosystemgraph.cli")
            .because("the analyses and exports are library code the commands call");
}
