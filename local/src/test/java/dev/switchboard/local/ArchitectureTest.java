package dev.switchboard.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.switchboard.local");

    @Test
    void shouldKeepTheDemoModelFreeOfHttpJsonAndInfrastructure() {
        noClasses().that().resideInAPackage("dev.switchboard.local.demo")
                .and().doNotHaveSimpleName("Demo")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "tools.jackson..",
                        "com.fasterxml..", "org.apache.kafka..", "kafka..", "de.bwaldvogel..",
                        "dev.switchboard.local.demo.gateway..")
                .because("the contact center's decisions and time model are plain Java, tested without a gateway "
                        + "or a clock that runs; only the gateway adapter speaks HTTP and JSON")
                .check(classes);
    }

    @Test
    void shouldKeepTheDemoIndependentOfTheInfrastructureItRunsOn() {
        noClasses().that().resideInAPackage("dev.switchboard.local.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.local.kafka..",
                        "dev.switchboard.local.mongo..", "dev.switchboard.local.service..")
                .because("the demo drives Switchboard only through the gateway's REST API")
                .check(classes);
    }

    @Test
    void shouldKeepTheFiguresAndTheAuditFreeOfHttpKafkaAndTheSystemTheyJudge() {
        noClasses().that().haveSimpleName("TopicAudit").or().haveSimpleName("AuditReport")
                .or().haveSimpleName("Latencies").or().haveSimpleName("Percentiles").or().haveSimpleName("Goal")
                .or().haveSimpleName("MarkdownReport").or().haveSimpleName("BenchResults")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "org.apache.kafka..", "kafka..",
                        "de.bwaldvogel..", "dev.switchboard.local.service..")
                .because("what counts as lost, doubled or late is decided in plain Java over recorded events, "
                        + "so it is unit-tested and cannot depend on the system it judges")
                .check(classes);
    }
}
