package dev.switchboard.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncomingEventTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "switchboard.routing.assigned.v1, routing.assigned",
            "switchboard.analytics.surge-detected.v12, analytics.surge-detected",
            "switchboard.ticket.created, ticket.created",
            "com.example.thing.v, com.example.thing.v",
            "null, unknown"})
    void shouldShortenCloudEventsTypesToWhatTheConsoleShows(String ceType, String expected) {
        assertThat(IncomingEvent.shortType(ceType)).isEqualTo(expected);
    }
}
