package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import dev.switchboard.events.Topic;
import dev.switchboard.local.service.FakeReadyService;
import dev.switchboard.local.service.ServiceProcess;
import dev.switchboard.local.service.SwitchboardService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's composition on random ports, with stand-in jars in place of the five services (the integrator's
 * e2e tests run the real ones).
 */
class LocalSystemIT {

    @TempDir
    Path repo;

    @TempDir
    Path data;

    @Test
    void shouldStartInfrastructureTopicsAndEveryServiceThenStopThemAll() throws Exception {
        for (SwitchboardService service : SwitchboardService.values()) {
            FakeReadyService.jar(service.jar(repo));
        }
        LocalSettings settings = LocalSettings.forTests(repo, data).withReadinessTimeout(Duration.ofMinutes(2));
        ServiceProcess routing;

        try (LocalSystem system = new LocalSystem(settings).start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    system.kafkaBootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get();
                for (Topic topic : Topic.values()) {
                    assertThat(topics).contains(topic.topicName());
                }
            }
            assertThat(system.mongoConnectionString("switchboard_sla"))
                    .isEqualTo("mongodb://127.0.0.1:" + settings.ports().mongo() + "/switchboard_sla");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    Files.readString(system.service("gateway").logFile()))
                    .contains("--switchboard.gateway.services.routing=http://127.0.0.1:" + settings.ports().routing()));

            routing = system.service("routing-service");
            routing.kill();
            await().atMost(Duration.ofMinutes(1)).until(() -> routing.restarts() == 1);
            routing.awaitReady(Duration.ofMinutes(1));
        }

        assertThat(routing.isAlive()).isFalse();
        assertThat(PortCheck.isFree(settings.ports().kafka())).isTrue();
        assertThat(PortCheck.isFree(settings.ports().gateway())).isTrue();
    }
}
