package dev.switchboard.sla;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.switchboard.sla");

    @Test
    void shouldKeepTheDomainFreeOfFrameworkTypes() {
        noClasses()
                .that().resideInAnyPackage("dev.switchboard.sla.clock", "dev.switchboard.sla.policy",
                        "dev.switchboard.sla.calendar", "dev.switchboard.sla.timer")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "reactor..",
                        "jakarta..", "io.micrometer..")
                .because("clocks, policies, calendars and the timer are plain Java that unit tests drive without "
                        + "a broker, a database or a Spring context; adapters sit in the subpackages")
                .check(CLASSES);
    }

    @Test
    void shouldKeepFeaturesFromReachingIntoEachOthersAdapters() {
        noClasses()
                .that().resideInAnyPackage("dev.switchboard.sla.clock..", "dev.switchboard.sla.timer..",
                        "dev.switchboard.sla.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("..policy.web..", "..policy.persistence..",
                        "..escalation..")
                .because("features talk through their domain types and ports, not through adapters")
                .check(CLASSES);
    }
}
