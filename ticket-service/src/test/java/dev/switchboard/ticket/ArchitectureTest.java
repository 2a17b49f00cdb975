package dev.switchboard.ticket;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

@AnalyzeClasses(packages = "dev.switchboard.ticket", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The root package of each feature is its domain; adapters and use-case wiring live in subpackages. */
    @ArchTest
    static final ArchRule domainIsPlainJava = classes()
            .that().resideInAnyPackage("dev.switchboard.ticket.intake", "dev.switchboard.ticket.lifecycle",
                    "dev.switchboard.ticket.view", "dev.switchboard.ticket.validation")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.switchboard.ticket.intake",
                    "dev.switchboard.ticket.lifecycle", "dev.switchboard.ticket.view",
                    "dev.switchboard.ticket.validation", "dev.switchboard.events..")
            .because("domain logic must be testable without Spring, Mongo, Kafka or the web, and must not leak "
                    + "adapter types (architecture.md, Packages)");
}
