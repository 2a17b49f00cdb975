package dev.switchboard.analytics;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.switchboard.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAnyPackage("dev.switchboard.analytics.fact", "dev.switchboard.analytics.kpi",
                    "dev.switchboard.analytics.surge", "dev.switchboard.analytics.agent")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "org.apache.kafka..", "reactor..", "tools.jackson..", "io.micrometer..",
                    "dev.switchboard.analytics.fact.messaging..", "dev.switchboard.analytics.fact.persistence..",
                    "dev.switchboard.analytics.kpi.web..", "dev.switchboard.analytics.kpi.persistence..",
                    "dev.switchboard.analytics.web..", "dev.switchboard.analytics.kpi.query..",
                    "dev.switchboard.analytics.surge.messaging..", "dev.switchboard.analytics.agent.messaging..",
                    "dev.switchboard.analytics.agent.persistence..")
            .because("facts and KPI definitions are plain Java that tests run without a broker, database or "
                    + "Spring context; web, messaging and persistence are adapters around them");
}
