package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void shouldNameThePortAndWhatWantedItWhenTaken() throws IOException {
        Ports free = Ports.randomFree();
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<Integer, String> wanted = new LinkedHashMap<>();
            wanted.put(free.kafka(), "Kafka");
            wanted.put(taken.getLocalPort(), "gateway");

            assertThatThrownBy(() -> PortCheck.requireFree(wanted))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("gateway")
                    .satisfies(e -> assertThat(((PortInUseException) e).port()).isEqualTo(taken.getLocalPort()));
        }
    }

    @Test
    void shouldPassWhenEveryPortIsFree() {
        Ports free = Ports.randomFree();

        assertThatNoException().isThrownBy(() -> PortCheck.requireFree(free.purposes()));
    }

    @Test
    void shouldDescribeEveryPortOfTheSystem() {
        assertThat(Ports.standard().purposes())
                .containsEntry(8080, "gateway")
                .containsEntry(8081, "ticket-service")
                .containsEntry(8084, "analytics-service")
                .containsEntry(9092, "Kafka")
                .containsEntry(27017, "MongoDB (the stand-in)")
                .hasSize(8);
    }
}
