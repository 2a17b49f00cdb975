package dev.switchboard.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTemplateTest {

    @Test
    void shouldCaptureVariables() {
        // given
        PathTemplate template = PathTemplate.of("/api/v1/agents/{agentId}/presence");

        // when / then
        assertThat(template.match("/api/v1/agents/a-1/presence")).contains(Map.of("agentId", "a-1"));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/analytics/**, /api/v1/analytics, true",
            "/api/v1/analytics/**, /api/v1/analytics/summary, true",
            "/api/v1/analytics/**, /api/v1/analytics/a/b, true",
            "/api/v1/analytics/**, /api/v1/analytics/a//b, false",
            "/api/v1/analytics/**, /api/v1/analyticsx, false",
            "/api/v1/tickets/{id}, /api/v1/tickets/t-1, true",
            "/api/v1/tickets/{id}, /api/v1/tickets/, false",
            "/api/v1/tickets/{id}, /api/v1/tickets/t-1/events, false",
            "/api/v1/tickets, /api/v1/tickets/, false",
            "/api/v1/tickets, /API/v1/tickets, false"})
    void shouldMatchSegmentBySegment(String template, String path, boolean matches) {
        // when / then
        assertThat(PathTemplate.of(template).match(path).isPresent()).isEqualTo(matches);
    }

    @Test
    void shouldRefuseDoubleStarInTheMiddle() {
        // when / then
        assertThatThrownBy(() -> PathTemplate.of("/api/**/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
