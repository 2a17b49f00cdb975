package dev.switchboard.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.switchboard.gateway");

    @Test
    void shouldKeepTheDomainFreeOfFrameworks() {
        noClasses()
                .that().resideInAnyPackage(
                        "dev.switchboard.gateway.caller",
                        "dev.switchboard.gateway.apikey",
                        "dev.switchboard.gateway.access",
                        "dev.switchboard.gateway.requestid",
                        "dev.switchboard.gateway.ratelimit",
                        "dev.switchboard.gateway.jwt",
                        "dev.switchboard.gateway.stream")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "reactor..", "io.netty..", "io.micrometer..", "tools.jackson..",
                        "com.fasterxml..", "jakarta..")
                .because("who may call what, and who a key belongs to, must be testable and readable without a"
                        + " framework: web and security wiring are adapters in the *.web packages")
                .check(GATEWAY);
    }

    @Test
    void shouldKeepTheDomainIndependentOfItsAdapters() {
        noClasses()
                .that().resideInAnyPackage(
                        "dev.switchboard.gateway.caller",
                        "dev.switchboard.gateway.apikey",
                        "dev.switchboard.gateway.access",
                        "dev.switchboard.gateway.requestid",
                        "dev.switchboard.gateway.ratelimit",
                        "dev.switchboard.gateway.jwt",
                        "dev.switchboard.gateway.stream")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..web..", "dev.switchboard.gateway.security..", "dev.switchboard.gateway.route..",
                        "dev.switchboard.gateway.problem..", "dev.switchboard.gateway.observability..")
                .because("adapters depend on the domain, never the other way round")
                .check(GATEWAY);
    }
}
