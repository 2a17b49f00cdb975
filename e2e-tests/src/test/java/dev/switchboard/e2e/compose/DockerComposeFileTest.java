package dev.switchboard.e2e.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps docker-compose.yml and deploy/ in step with the code and the contract without needing Docker: Docker cannot
 * run in CI, so a wrong port, a missing topic or a scrape target nobody updated would otherwise only show when a
 * user runs {@code docker compose up}. Paths are relative to the e2e-tests module, where Maven runs the tests.
 */
class DockerComposeFileTest {

    private static final Path REPO = Path.of("..");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("^\\s*[A-Z_]+\\(\"([^\"]+)\",\\s*(\\d+)\\)",
            Pattern.MULTILINE);
    private static final Pattern KAFKA_INIT_CREATE = Pattern.compile("^\\s*create\\s+(\\S+)\\s+(\\d+)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z0-9_]+:\\?[^}]+}");

    private static Map<String, Object> compose;
    private static Map<String, Object> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        compose = yaml(REPO.resolve("docker-compose.yml"));
        services = map(compose.get("services"));
    }

    static Stream<Arguments> applicationServices() {
        return Stream.of(
                Arguments.of("ticket-service", 8081),
                Arguments.of("routing-service", 8082),
                Arguments.of("sla-service", 8083),
                Arguments.of("analytics-service", 8084),
                Arguments.of("gateway", 8080));
    }

    static Stream<Arguments> backendServices() {
        return Stream.of(
                Arguments.of("ticket-service", "switchboard_tickets"),
                Arguments.of("routing-service", "switchboard_routing"),
                Arguments.of("sla-service", "switchboard_sla"),
                Arguments.of("analytics-service", "switchboard_analytics"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationServices")
    void shouldBuildEveryServiceFromTheSharedDockerfileWithItsServiceArg(String name, int port) {
        Map<String, Object> build = map(service(name).get("build"));

        assertThat(build.get("context")).isEqualTo(".");
        assertThat(build.get("dockerfile")).isEqualTo("Dockerfile");
        assertThat(map(build.get("args"))).containsEntry("SERVICE", name);
        assertThat(REPO.resolve(name).resolve("pom.xml")).as("SERVICE must name a module").exists();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("applicationServices")
    void shouldPublishEveryServiceOnItsContractPortAndTellItThatPort(String name, int port) {
        Map<String, Object> service = service(name);

        assertThat(ports(service)).containsExactly(port + ":" + port);
        assertThat(environment(service)).containsEntry("SERVER_PORT", String.valueOf(port))
                .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    }

    @ParameterizedTest(name = "{0} uses {1}")
    @MethodSource("backendServices")
    void shouldGiveEveryBackendServiceTheBrokerAndItsOwnDatabase(String name, String database) {
        Map<String, String> environment = environment(service(name));

        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(internalKafkaAddress());
        assertThat(environment.get("MONGODB_URI")).isEqualTo("mongodb://mongodb:27017/" + database);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backendServices")
    void shouldStartBackendServicesOnlyOnceTheTopicsExistAndMongoAnswers(String name, String database) {
        Map<String, Object> dependsOn = map(service(name).get("depends_on"));

        assertThat(map(dependsOn.get("kafka-init"))).containsEntry("condition", "service_completed_successfully");
        assertThat(map(dependsOn.get("kafka"))).containsEntry("condition", "service_healthy");
        assertThat(map(dependsOn.get("mongodb"))).containsEntry("condition", "service_healthy");
    }

    @Test
    void shouldPointTheGatewayAtTheFourServicesByTheirComposeNamesAndPorts() {
        Map<String, String> environment = environment(service("gateway"));

        assertThat(environment)
                .containsEntry("TICKET_SERVICE_URL", "http://ticket-service:8081")
                .containsEntry("ROUTING_SERVICE_URL", "http://routing-service:8082")
                .containsEntry("SLA_SERVICE_URL", "http://sla-service:8083")
                .containsEntry("ANALYTICS_SERVICE_URL", "http://analytics-service:8084");
        assertThat(services).containsKeys("ticket-service", "routing-service", "sla-service", "analytics-service");
    }

    @Test
    void shouldGiveTheGatewayOneKeyPerRoleWhoseHashComesFromTheUsersEnvFile() {
        Map<String, String> environment = environment(service("gateway"));
        Map<String, String> roles = new LinkedHashMap<>();
        for (int index = 0; environment.containsKey(apiKey(index, "ROLE")); index++) {
            roles.put(environment.get(apiKey(index, "ROLE")), environment.get(apiKey(index, "SHA256")));
        }

        assertThat(roles).containsOnlyKeys("PLATFORM", "AGENT", "MANAGER", "ADMIN");
        // the local profile would accept the published development keys
        assertThat(environment.getOrDefault("SPRING_PROFILES_ACTIVE", "")).doesNotContain("local");
        // a literal hash here would be a committed credential; ${VAR:?...} also stops compose when .env lacks it
        assertThat(roles.values()).allSatisfy(hash -> assertThat(hash).matches(REQUIRED_VARIABLE));
        assertThat(environment).containsKey(apiKey(indexOfRole(environment, "AGENT"), "AGENTID"))
                .containsKey(apiKey(indexOfRole(environment, "PLATFORM"), "PLATFORM"));
    }

    @Test
    void shouldRunASingleKraftBrokerReachableFromTheHostOn9092() {
        Map<String, Object> kafka = service("kafka");
        Map<String, String> environment = environment(kafka);

        assertThat(kafka.get("image")).isEqualTo("apache/kafka:4.1.1");
        assertThat(ports(kafka)).containsExactly("9092:9092");
        assertThat(environment.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS")).contains("127.0.0.1:9092");
        assertThat(environment.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
    }

    @Test
    void shouldCreateEveryTopicOfTheTopicEnumWithItsPartitionCount() throws IOException {
        String topicSource = Files.readString(
                REPO.resolve("events/src/main/java/dev/switchboard/events/Topic.java"));
        Map<String, Integer> declared = matches(TOPIC_CONSTANT, topicSource);
        Map<String, Object> kafkaInit = service("kafka-init");
        String script = String.join("\n", strings(kafkaInit.get("command")));

        assertThat(declared).as("topics parsed from Topic.java").isNotEmpty();
        assertThat(matches(KAFKA_INIT_CREATE, script)).containsExactlyInAnyOrderEntriesOf(declared);
        assertThat(kafkaInit.get("image")).isEqualTo(service("kafka").get("image"));
        assertThat(script).contains("--bootstrap-server " + internalKafkaAddress())
                .contains("--if-not-exists");
        assertThat(map(map(kafkaInit.get("depends_on")).get("kafka"))).containsEntry("condition", "service_healthy");
    }

    @Test
    void shouldRunMongo8On27017WithItsDataInAVolume() {
        Map<String, Object> mongodb = service("mongodb");

        assertThat(mongodb.get("image")).isEqualTo("mongo:8");
        assertThat(ports(mongodb)).containsExactly("27017:27017");
        assertThat(strings(mongodb.get("volumes"))).containsExactly("mongo-data:/data/db");
    }

    @Test
    void shouldKeepTheDataOfKafkaMongoPrometheusAndGrafanaInNamedVolumes() {
        assertThat(map(compose.get("volumes")))
                .containsOnlyKeys("kafka-data", "mongo-data", "prometheus-data", "grafana-data");
    }

    @Test
    void shouldRunPrometheusOn9090WithTheCommittedConfigAndRules() {
        Map<String, Object> prometheus = service("prometheus");

        assertThat((String) prometheus.get("image")).startsWith("prom/prometheus:");
        assertThat(ports(prometheus)).containsExactly("9090:9090");
        assertThat(strings(prometheus.get("volumes"))).contains(
                "./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                "./deploy/prometheus/rules:/etc/prometheus/rules:ro");
    }

    @Test
    void shouldRunGrafanaOn3000WithTheCommittedProvisioningAndDashboards() throws IOException {
        Map<String, Object> grafana = service("grafana");
        Map<String, Object> provider = map(list(yaml(
                REPO.resolve("deploy/grafana/provisioning/dashboards/switchboard.yml")).get("providers")).getFirst());

        assertThat((String) grafana.get("image")).startsWith("grafana/grafana:");
        assertThat(ports(grafana)).containsExactly("3000:3000");
        assertThat(strings(grafana.get("volumes"))).contains(
                "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./deploy/grafana/dashboards:" + map(provider.get("options")).get("path") + ":ro");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("applicationServices")
    void shouldScrapeEveryServiceAtItsActuatorPrometheusEndpoint(String name, int port) throws IOException {
        Map<String, Object> config = yaml(REPO.resolve("deploy/prometheus/prometheus.yml"));
        Map<String, Object> job = list(config.get("scrape_configs")).stream()
                .map(DockerComposeFileTest::map)
                .filter(scrape -> name.equals(scrape.get("job_name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scrape job " + name));
        List<String> targets = list(job.get("static_configs")).stream()
                .flatMap(staticConfig -> strings(map(staticConfig).get("targets")).stream())
                .toList();

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(targets).containsExactly(name + ":" + port);
    }

    @Test
    void shouldLoadTheAlertRulesFromTheMountedRulesDirectory() throws IOException {
        Map<String, Object> config = yaml(REPO.resolve("deploy/prometheus/prometheus.yml"));
        Map<String, Object> rules = yaml(REPO.resolve("deploy/prometheus/rules/switchboard.rules.yml"));
        List<Map<String, Object>> alerts = list(rules.get("groups")).stream()
                .flatMap(group -> list(map(group).get("rules")).stream())
                .map(DockerComposeFileTest::map)
                .toList();

        assertThat(strings(config.get("rule_files"))).containsExactly("/etc/prometheus/rules/*.yml");
        assertThat(alerts).extracting(rule -> rule.get("alert")).contains(
                "SwitchboardServiceDown", "SwitchboardDeadLetters", "SwitchboardGatewayHighServerErrorRatio");
        assertThat(alerts).allSatisfy(rule -> assertThat((String) rule.get("expr")).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.switchboard.e2e.compose.ObservabilityCatalogueTest#dashboards")
    void shouldParseEveryDashboardAndGiveEveryPanelAQueryOnTheProvisionedDatasource(Path dashboardFile)
            throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(dashboardFile.toFile());
        Map<String, Object> datasource = map(list(yaml(
                REPO.resolve("deploy/grafana/provisioning/datasources/prometheus.yml")).get("datasources")).getFirst());
        List<JsonNode> panels = ObservabilityCatalogueTest.panels(dashboard);

        assertThat(panels).isNotEmpty();
        assertThat(panels).allSatisfy(panel -> {
            assertThat(panel.path("datasource").path("uid").asString()).isEqualTo(datasource.get("uid"));
            assertThat(panel.path("targets").isArray()).as(panel.path("title").asString()).isTrue();
            assertThat(panel.path("targets")).as(panel.path("title").asString()).isNotEmpty()
                    .allSatisfy(target -> assertThat(target.path("expr").asString()).isNotBlank());
        });
    }

    @Test
    void shouldScrapeAKafkaExporterThatReadsTheBrokerOnTheComposeNetwork() throws IOException {
        Map<String, Object> exporter = service("kafka-exporter");
        Map<String, Object> config = yaml(REPO.resolve("deploy/prometheus/prometheus.yml"));
        List<String> targets = list(config.get("scrape_configs")).stream()
                .map(DockerComposeFileTest::map)
                .filter(scrape -> "kafka-exporter".equals(scrape.get("job_name")))
                .flatMap(scrape -> list(scrape.get("static_configs")).stream())
                .flatMap(staticConfig -> strings(map(staticConfig).get("targets")).stream())
                .toList();

        assertThat((String) exporter.get("image")).startsWith("danielqsj/kafka-exporter:");
        assertThat(strings(exporter.get("command"))).contains("--kafka.server=" + internalKafkaAddress());
        assertThat(map(map(exporter.get("depends_on")).get("kafka"))).containsEntry("condition", "service_healthy");
        assertThat(exporter).doesNotContainKey("ports");
        assertThat(targets).containsExactly("kafka-exporter:9308");
    }

    @Test
    void shouldBuildOneImagePerServiceRunningAsANonRootUserWithAContainerAwareHeap() throws IOException {
        String dockerfile = Files.readString(REPO.resolve("Dockerfile"));

        assertThat(dockerfile).contains("FROM maven:3.9-eclipse-temurin-21 AS build").contains("-DskipTests")
                .contains("FROM eclipse-temurin:21-jre AS runtime");
        String runtimeStage = dockerfile.substring(dockerfile.indexOf("FROM eclipse-temurin:21-jre AS runtime"));
        assertThat(runtimeStage).contains("ARG SERVICE")
                .contains("/workspace/${SERVICE}/target/${SERVICE}.jar")
                .contains("MaxRAMPercentage")
                .containsPattern("(?m)^USER (?!root)\\S+$");
    }

    @Test
    void shouldKeepBuildOutputAndSecretsOutOfTheDockerBuildContext() throws IOException {
        List<String> ignored = Files.readAllLines(REPO.resolve(".dockerignore"));

        assertThat(ignored).contains("**/target", ".switchboard", ".git", ".env");
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).as("compose services").containsKey(name);
        return map(services.get(name));
    }

    /** The address the broker advertises on the compose network, e.g. kafka:29092. */
    private static String internalKafkaAddress() {
        String advertised = environment(service("kafka")).get("KAFKA_ADVERTISED_LISTENERS");
        return Stream.of(advertised.split(","))
                .map(listener -> listener.substring(listener.indexOf("://") + 3))
                .filter(address -> address.startsWith("kafka:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("kafka advertises no listener on the compose network"));
    }

    private static String apiKey(int index, String field) {
        return "SWITCHBOARD_GATEWAY_APIKEYS_" + index + "_" + field;
    }

    private static int indexOfRole(Map<String, String> environment, String role) {
        for (int index = 0; environment.containsKey(apiKey(index, "ROLE")); index++) {
            if (role.equals(environment.get(apiKey(index, "ROLE")))) {
                return index;
            }
        }
        throw new AssertionError("no API key with role " + role);
    }

    private static Map<String, Integer> matches(Pattern pattern, String text) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.put(matcher.group(1), Integer.valueOf(matcher.group(2)));
        }
        return found;
    }

    private static List<String> ports(Map<String, Object> service) {
        return strings(service.get("ports"));
    }

    /** Compose allows numbers in the environment map; the container sees strings. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(service.get("environment")).forEach((key, value) -> environment.put(key, String.valueOf(value)));
        return environment;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
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

    private static List<String> strings(Object node) {
        return list(node).stream().map(String::valueOf).toList();
    }
}
