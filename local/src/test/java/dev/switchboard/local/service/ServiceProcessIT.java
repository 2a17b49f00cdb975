package dev.switchboard.local.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.switchboard.local.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor on a real child JVM: a tiny jar whose main answers the readiness probe. */
class ServiceProcessIT {

    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private ServiceProcess service;
    private int port;

    @BeforeEach
    void createService() throws Exception {
        port = Ports.randomFree().ticket();
        service = new ServiceProcess("fake-service", FakeReadyService.jar(folder.resolve("fake-service.jar")), List.of("--server.port=" + port), port,
                folder.resolve("logs"));
    }

    @AfterEach
    void stopService() {
        service.stop();
    }

    @Test
    void shouldStartTheJarAndWaitUntilItIsReady() throws IOException {
        service.start();

        service.awaitReady(READY);

        assertThat(service.isAlive()).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Files.readString(service.logFile())).contains("fake service ready on " + port));
    }

    @Test
    void shouldBringAKilledServiceBackOnItsOwn() {
        service.start();
        service.awaitReady(READY);
        long firstPid = service.pid();

        service.kill();

        await().atMost(READY).until(() -> service.restarts() == 1 && service.pid() != firstPid);
        service.awaitReady(READY);
        assertThat(service.isAlive()).isTrue();
    }

    @Test
    void shouldNotRestartAServiceThatWasStopped() {
        service.start();
        service.awaitReady(READY);

        service.stop();

        assertThat(service.isAlive()).isFalse();
        assertThat(service.restarts()).isZero();
    }

    @Test
    void shouldNameTheLogFileWhenTheServiceNeverGetsReady() {
        ServiceProcess silent = new ServiceProcess("silent-service", Path.of("unused.jar"), List.of(),
                Ports.randomFree().routing(), folder.resolve("logs"));

        assertThatThrownBy(() -> silent.awaitReady(Duration.ofSeconds(1)))
                .hasMessageContaining("silent-service")
                .hasMessageContaining(folder.resolve("logs").resolve("silent-service.log").toString());
    }

    @Test
    void shouldRefuseAMissingJar() {
        ServiceProcess missing = new ServiceProcess("missing-service", folder.resolve("nope.jar"), List.of(), port,
                folder.resolve("logs"));

        assertThatThrownBy(missing::start).hasMessageContaining("nope.jar");
    }
}
