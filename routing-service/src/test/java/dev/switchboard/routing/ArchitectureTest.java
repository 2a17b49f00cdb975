package dev.switchboard.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

@AnalyzeClasses(packages = "dev.switchboard.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule routingDomainIsPlainJava = classes()
            .that().resideInAPackage("dev.switchboard.routing.assignment")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dev.switchboard.events..", "dev.switchboard.routing.assignment")
            .because("the routing rules must be testable without a broker, a database or a Spring context, "
                    + "and only the adapters at the edges may know Kafka, MongoDB or the web");
}
