package dev.switchboard.e2e.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query an operator relies on (alert rules, their promtool tests, Grafana panels and variables) names only
 * metrics of deploy/prometheus/metrics.yml, and every Switchboard meter there still exists in its service's code: a
 * renamed meter would otherwise leave an empty panel or an alert that can never fire, and nothing would say so.
 */
class ObservabilityCatalogueTest {

    private static final Path REPO = Path.of("..");
    private static final Path DASHBOARDS = REPO.resolve("deploy/grafana/dashboards");
    private static MetricCatalogue catalogue;

    @BeforeAll
    static void readCatalogue() throws IOException {
        catalogue = MetricCatalogue.read(REPO.resolve("deploy/prometheus/metrics.yml"));
    }

    static Stream<MetricCatalogue.SwitchboardMeter> switchboardMeters() throws IOException {
        return MetricCatalogue.read(REPO.resolve("deploy/prometheus/metrics.yml")).switchboard().stream();
    }

    static Stream<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void shouldUseOnlyCataloguedMetricsInTheAlertRules() throws IOException {
        Map<String, Set<String>> used = new LinkedHashMap<>();
        for (Map<String, Object> rule : alertRules()) {
            used.put((String) rule.get("alert"), PromQlMetricNames.in((String) rule.get("expr")));
        }

        assertThat(used).isNotEmpty().allSatisfy((alert, names) -> assertThat(names).as(alert).isNotEmpty()
                .isSubsetOf(catalogue.allPrometheusNames()));
    }

    @Test
    void shouldFeedThePromtoolTestsOnlyWithCataloguedSeries() throws IOException {
        Map<String, Object> tests = yaml(REPO.resolve("deploy/prometheus/tests/switchboard.rules.test.yml"));
        List<String> series = new ArrayList<>();
        list(tests.get("tests")).forEach(test -> list(map(test).get("input_series"))
                .forEach(input -> series.add((String) map(input).get("series"))));

        assertThat(series).isNotEmpty().allSatisfy(selector -> assertThat(PromQlMetricNames.in(selector))
                .as(selector).hasSize(1).isSubsetOf(catalogue.allPrometheusNames()));
    }

    @Test
    void shouldTestEveryAlertRuleWithPromtool() throws IOException {
        Map<String, Object> tests = yaml(REPO.resolve("deploy/prometheus/tests/switchboard.rules.test.yml"));
        Set<String> tested = new TreeSet<>();
        list(tests.get("tests")).forEach(test -> list(map(test).get("alert_rule_test"))
                .forEach(check -> tested.add((String) map(check).get("alertname"))));

        assertThat(tested).containsExactlyInAnyOrderElementsOf(
                alertRules().stream().map(rule -> (String) rule.get("alert")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dashboards")
    void shouldUseOnlyCataloguedMetricsInEveryDashboardQuery(Path dashboard) {
        JsonNode root = json(dashboard);
        Map<String, Set<String>> used = new LinkedHashMap<>();
        panels(root).forEach(panel -> panel.path("targets").forEach(target -> used.put(
                panel.path("title").asString() + " / " + target.path("refId").asString(),
                PromQlMetricNames.in(target.path("expr").asString()))));
        root.path("templating").path("list").forEach(variable -> used.put("variable " + variable.path("name").asString(),
                PromQlMetricNames.inLabelValuesQuery(variable.path("definition").asString())));

        assertThat(used).isNotEmpty().allSatisfy((query, names) -> assertThat(names).as(query).isNotEmpty()
                .isSubsetOf(catalogue.allPrometheusNames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("switchboardMeters")
    void shouldFindEveryCataloguedSwitchboardMeterInItsServicesCode(MetricCatalogue.SwitchboardMeter meter)
            throws IOException {
        Path sources = REPO.resolve(meter.service()).resolve("src/main/java");
        assertThat(sources).as("service " + meter.service()).isDirectory();

        try (Stream<Path> files = Files.walk(sources)) {
            assertThat(files.filter(file -> file.toString().endsWith(".java")).anyMatch(
                    file -> read(file).contains("\"" + meter.meter() + "\"")))
                    .as("\"%s\" in %s", meter.meter(), sources)
                    .isTrue();
        }
    }

    @Test
    void shouldRenderMeterNamesTheWayMicrometersPrometheusRegistryDoes() {
        assertThat(new MetricCatalogue.SwitchboardMeter("switchboard.sla.breaches", "counter", null, false, "sla-service")
                .prometheusNames()).containsExactly("switchboard_sla_breaches_total");
        assertThat(new MetricCatalogue.SwitchboardMeter("switchboard.routing.oldest.wait", "gauge", "seconds", false,
                "routing-service").prometheusNames()).containsExactly("switchboard_routing_oldest_wait_seconds");
        assertThat(new MetricCatalogue.SwitchboardMeter("switchboard.analytics.first.reply.time", "timer", null, true,
                "analytics-service").prometheusNames()).containsExactly(
                "switchboard_analytics_first_reply_time_seconds_count",
                "switchboard_analytics_first_reply_time_seconds_sum",
                "switchboard_analytics_first_reply_time_seconds_max",
                "switchboard_analytics_first_reply_time_seconds_bucket");
    }

    @Test
    void shouldProvideTheServiceDeskAgentsAndOperationsDashboardsWithUniqueIds() throws IOException {
        List<JsonNode> all = dashboards().map(ObservabilityCatalogueTest::json).toList();

        assertThat(all).extracting(dashboard -> dashboard.path("uid").asString()).doesNotHaveDuplicates()
                .contains("switchboard-service-desk", "switchboard-agents", "switchboard-operations");
        assertThat(all).allSatisfy(dashboard -> {
            List<Integer> ids = new ArrayList<>();
            dashboard.path("panels").forEach(panel -> ids.add(panel.path("id").asInt()));
            assertThat(ids).as(dashboard.path("title").asString()).doesNotHaveDuplicates();
        });
    }

    /** Query panels, rows and text panels left out. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            String type = panel.path("type").asString();
            if (!type.equals("row") && !type.equals("text")) {
                panels.add(panel);
            }
        });
        return panels;
    }

    private static List<Map<String, Object>> alertRules() throws IOException {
        Map<String, Object> rules = yaml(REPO.resolve("deploy/prometheus/rules/switchboard.rules.yml"));
        return list(rules.get("groups")).stream()
                .flatMap(group -> list(map(group).get("rules")).stream())
                .map(ObservabilityCatalogueTest::map)
                .toList();
    }

    static JsonNode json(Path file) {
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }
}
