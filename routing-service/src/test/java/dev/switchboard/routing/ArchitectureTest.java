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

    @ArchTest
    static final ArchRule leadershipRulesArePlainJava = classes()
            .that().resideInAPackage("dev.switchboard.routing.leadership")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.switchboard.routing.leadership")
            .because("who leads, and when a term ends, is decided by the lease and the clock alone and must be "
                    + "testable without MongoDB or waiting; the store and the scheduling are adapters");
}
