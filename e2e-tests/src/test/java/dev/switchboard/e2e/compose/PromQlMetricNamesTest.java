package dev.switchboard.e2e.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void shouldFindTheMetricsOfAnAggregatedRatioButNotItsFunctionsLabelsOrRanges() {
        String expression = """
                sum by (job) (rate(http_server_requests_seconds_count{job!="gateway", status=~"5.."}[5m]))
                / sum by (job) (rate(http_server_requests_seconds_count{uri!~"/actuator.*"}[$__rate_interval])) > 0.05
                and sum(increase(switchboard_sla_breaches_total[1h])) >= 1e3
                """;

        assertThat(PromQlMetricNames.in(expression))
                .containsExactly("http_server_requests_seconds_count", "switchboard_sla_breaches_total");
    }

    @Test
    void shouldSkipOffsetsVectorMatchingClausesAndHistogramQuantileArguments() {
        String expression = """
                sum by (team) (switchboard_routing_waiting) > 0 and on (team)
                (max by (team) (switchboard_routing_oldest_wait_seconds)
                 - max by (team) (switchboard_routing_oldest_wait_seconds offset 10m)) >= 540
                or histogram_quantile(0.9, sum by (le, team) (increase(switchboard_analytics_first_reply_time_seconds_bucket{team=~"$team"}[1h])))
                or vector(0)
                """;

        assertThat(PromQlMetricNames.in(expression)).containsExactly("switchboard_routing_waiting",
                "switchboard_routing_oldest_wait_seconds", "switchboard_analytics_first_reply_time_seconds_bucket");
    }

    @Test
    void shouldFindAMetricWithoutLabelsAndIgnoreAnAlertTemplateLikeString() {
        assertThat(PromQlMetricNames.in("up == 0 unless absent(\"not_a_metric\")")).containsExactly("up");
    }

    @Test
    void shouldReadTheMetricOfAGrafanaLabelValuesQuery() {
        assertThat(PromQlMetricNames.inLabelValuesQuery("label_values(switchboard_analytics_backlog, team)"))
                .containsExactly("switchboard_analytics_backlog");
        assertThat(PromQlMetricNames.inLabelValuesQuery("label_values(up{job=~\"a|b\"}, job)")).containsExactly("up");
        assertThat(PromQlMetricNames.inLabelValuesQuery("label_values(job)")).isEmpty();
    }
}
