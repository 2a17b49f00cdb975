package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import dev.switchboard.local.service.SwitchboardService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSystemTest {

    @TempDir
    Path folder;

    private final LocalSettings settings = LocalSettings.standard(Path.of("/repo"), Path.of("/data"));
    private final LocalSystem system = new LocalSystem(settings);

    @Test
    void shouldPointEveryServiceAtKafkaItsOwnDatabaseAndTheLocalProfile() {
        assertThat(system.arguments(SwitchboardService.TICKET)).contains(
                "--server.port=8081",
                "--spring.profiles.active=local",
                "--spring.kafka.bootstrap-servers=127.0.0.1:9092",
                "--spring.mongodb.uri=mongodb://127.0.0.1:27017/switchboard_tickets");
        assertThat(system.arguments(SwitchboardService.ANALYTICS))
                .contains("--spring.mongodb.uri=mongodb://127.0.0.1:27017/switchboard_analytics");
    }

    @Test
    void shouldPointTheGatewayAtTheFourServicesAndGiveItNoDatabase() {
        assertThat(system.arguments(SwitchboardService.GATEWAY))
                .contains("--server.port=8080",
                        "--switchboard.gateway.services.ticket=http://127.0.0.1:8081",
                        "--switchboard.gateway.services.routing=http://127.0.0.1:8082",
                        "--switchboard.gateway.services.sla=http://127.0.0.1:8083",
                        "--switchboard.gateway.services.analytics=http://127.0.0.1:8084")
                .noneMatch(arg -> arg.startsWith("--spring.mongodb.uri"));
    }

    @Test
    void shouldAppendExtraArgumentsLast() {
        LocalSystem quiet = new LocalSystem(settings.withExtraArgs(java.util.List.of("--logging.level.root=WARN")));

        assertThat(quiet.arguments(SwitchboardService.SLA)).last().isEqualTo("--logging.level.root=WARN");
    }

    @Test
    void shouldGiveJvmOptionsToTheOneServiceTheyAreFor() {
        LocalSettings bench = settings.withJvmOptions(SwitchboardService.SLA, java.util.List.of("-XX:SoftRefLRUPolicyMSPerMB=0"));

        assertThat(bench.jvmOptionsOf(SwitchboardService.SLA)).containsExactly("-XX:SoftRefLRUPolicyMSPerMB=0");
        assertThat(bench.jvmOptionsOf(SwitchboardService.ROUTING)).isEmpty();
        assertThat(bench.withPorts(Ports.randomFree()).jvmOptionsOf(SwitchboardService.SLA)).hasSize(1);
    }

    @Test
    void shouldRefuseToStartWhenAPortIsTakenNamingIt() throws IOException {
        Ports ports = Ports.randomFree();
        try (ServerSocket taken = new ServerSocket(ports.sla(), 50, InetAddress.getLoopbackAddress())) {
            LocalSystem clashing = new LocalSystem(LocalSettings.forTests(folder, folder).withPorts(ports));

            assertThatThrownBy(clashing::start)
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining(Integer.toString(ports.sla()))
                    .hasMessageContaining("sla-service");
        }
    }

    @Test
    void shouldNameTheMissingJarsBeforeStartingAnything() {
        LocalSystem withoutJars = new LocalSystem(LocalSettings.forTests(folder, folder.resolve("data")));

        assertThatThrownBy(withoutJars::start)
                .hasMessageContaining("ticket-service.jar")
                .hasMessageContaining("gateway.jar");
        assertThat(folder.resolve("data")).doesNotExist();
    }
}
