package dev.switchboard.local.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void shouldPutJvmOptionsAfterTheHeapLimitAndBeforeTheJar() {
        ServiceProcess sla = new ServiceProcess("sla-service", Path.of("sla-service.jar"),
                List.of("-XX:SoftRefLRUPolicyMSPerMB=0"), List.of("--server.port=8083"), 8083, Path.of("logs"));

        assertThat(sla.command()).containsSubsequence("-Xmx384m", "-XX:SoftRefLRUPolicyMSPerMB=0", "-jar",
                "sla-service.jar", "--server.port=8083");
    }

    @Test
    void shouldRunWithOnlyTheHeapLimitWhenGivenNoJvmOptions() {
        ServiceProcess ticket = new ServiceProcess("ticket-service", Path.of("ticket-service.jar"),
                List.of("--server.port=8081"), 8081, Path.of("logs"));

        assertThat(ticket.command()).endsWith("-Xmx384m", "-jar", "ticket-service.jar", "--server.port=8081");
    }
}
