package dev.switchboard.e2e.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Keeps deploy/k8s in step with the code without a cluster: the topics and partition counts of Topic.java, the
 * topics each service really consumes (its application.yml) as the KEDA triggers, and the partition count as the
 * scaling ceiling. `kubectl kustomize` (deploy/check.sh, CI) checks that the overlays build.
 */
class KubernetesManifestsTest {

    private static final Path REPO = Path.of("..");
    private static final Path K8S = REPO.resolve("deploy/k8s");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("^\\s*[A-Z_]+\\(\"([^\"]+)\",\\s*(\\d+)\\)",
            Pattern.MULTILINE);

    static Stream<Arguments> services() {
        return Stream.of(Arguments.of("ticket-service", 8081), Arguments.of("routing-service", 8082),
                Arguments.of("sla-service", 8083), Arguments.of("analytics-service", 8084),
                Arguments.of("gateway", 8080));
    }

    static Stream<String> kafkaScaledServices() {
        return Stream.of("ticket-service", "sla-service", "analytics-service");
    }

    @Test
    void shouldDeclareEveryTopicOfTheTopicEnumWithItsPartitionCount() throws IOException {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (Map<String, Object> topic : documents(K8S.resolve("infra/kafka/topics.yaml"))) {
            Map<String, Object> spec = map(topic.get("spec"));
            declared.put((String) spec.get("topicName"), (Integer) spec.get("partitions"));
        }

        assertThat(declared).containsExactlyInAnyOrderEntriesOf(topicPartitions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kafkaScaledServices")
    void shouldScaleOnTheLagOfExactlyTheTopicsTheServiceConsumesUpToTheirPartitionCount(String service)
            throws IOException {
        Map<String, Object> scaledObject = documents(K8S.resolve("base").resolve(service).resolve("scaledobject.yaml"))
                .getFirst();
        Map<String, Object> spec = map(scaledObject.get("spec"));
        List<Map<String, Object>> triggers = list(spec.get("triggers")).stream().map(KubernetesManifestsTest::map).toList();
        Set<String> topics = new TreeSet<>();
        triggers.forEach(trigger -> topics.add((String) map(trigger.get("metadata")).get("topic")));
        int ceiling = topics.stream().mapToInt(topicPartitions()::get).min().orElseThrow();

        assertThat(map(spec.get("scaleTargetRef"))).containsEntry("name", service);
        assertThat(topics).isEqualTo(consumedTopics(service));
        assertThat(triggers).allSatisfy(trigger -> {
            assertThat(trigger).containsEntry("type", "kafka");
            assertThat(map(trigger.get("metadata"))).containsEntry("consumerGroup", service)
                    .doesNotContainEntry("allowIdleConsumers", "true");
        });
        assertThat((Integer) spec.get("maxReplicaCount")).isEqualTo(ceiling);
    }

    @Test
    void shouldRunRoutingServiceAsALeaderWithAStandbyAndNeverScaleItOnLag() throws IOException {
        Map<String, Object> spec = map(documents(K8S.resolve("base/routing-service/deployment.yaml")).getFirst().get("spec"));

        assertThat(spec).containsEntry("replicas", 2);
        assertThat(map(spec.get("strategy"))).containsEntry("type", "RollingUpdate");
        assertThat(K8S.resolve("base/routing-service/scaledobject.yaml")).doesNotExist();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("services")
    void shouldProbeEveryServiceOnItsHealthGroupsAtItsContractPort(String service, int port) throws IOException {
        Map<String, Object> podSpec = map(map(map(documents(K8S.resolve("base").resolve(service)
                .resolve("deployment.yaml")).getFirst().get("spec")).get("template")).get("spec"));
        Map<String, Object> container = map(list(podSpec.get("containers")).getFirst());
        Map<String, Object> portSpec = map(list(container.get("ports")).getFirst());

        assertThat(portSpec).containsEntry("name", "http").containsEntry("containerPort", port);
        assertThat(map(map(container.get("readinessProbe")).get("httpGet"))).containsEntry("path",
                "/actuator/health/readiness");
        assertThat(map(map(container.get("livenessProbe")).get("httpGet"))).containsEntry("path",
                "/actuator/health/liveness");
        assertThat(map(map(container.get("resources")).get("limits"))).containsKey("memory");
        assertThat(map(podSpec.get("securityContext"))).containsEntry("runAsNonRoot", true);
    }

    @Test
    void shouldReferenceSecretsThatTheReadmeTellsHowToCreateButNeverCommitOne() throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(K8S)) {
            manifests = files.filter(file -> file.toString().endsWith(".yaml")).toList();
        }
        List<String> kinds = new ArrayList<>();
        Set<String> referenced = new TreeSet<>();
        for (Path manifest : manifests) {
            for (Map<String, Object> document : documents(manifest)) {
                kinds.add((String) document.get("kind"));
                collectSecretNames(document, referenced);
            }
        }
        String readme = Files.readString(REPO.resolve("deploy/README.md"));

        assertThat(kinds).isNotEmpty().doesNotContain("Secret");
        assertThat(referenced).contains("switchboard-mongodb", "switchboard-gateway-api-keys",
                "switchboard-mongodb-ticket-service-password", "switchboard-tls");
        // per-service names are documented once as switchboard-mongodb-<service>-password
        assertThat(referenced).allSatisfy(name -> assertThat(readme).contains(
                "`" + name.replaceAll("(ticket|routing|sla|analytics)-service", "<service>") + "`"));
    }

    /** Secret names under secretKeyRef, secretRef, passwordSecretRef (MongoDB operator) and TLS secretName. */
    private static void collectSecretNames(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (Set.of("secretKeyRef", "secretRef", "passwordSecretRef").contains(key)
                        && value instanceof Map<?, ?> reference) {
                    names.add((String) reference.get("name"));
                } else if ("secretName".equals(key) && value instanceof String name) {
                    names.add(name);
                } else {
                    collectSecretNames(value, names);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(element -> collectSecretNames(element, names));
        }
    }

    private static Map<String, Integer> topicPartitions() throws IOException {
        String source = Files.readString(REPO.resolve("events/src/main/java/dev/switchboard/events/Topic.java"));
        Map<String, Integer> partitions = new LinkedHashMap<>();
        Matcher matcher = TOPIC_CONSTANT.matcher(source);
        while (matcher.find()) {
            partitions.put(matcher.group(1), Integer.valueOf(matcher.group(2)));
        }
        assertThat(partitions).as("topics parsed from Topic.java").isNotEmpty();
        return partitions;
    }

    /** The destinations of the service's Stream bindings: what its consumer group reads. */
    private static Set<String> consumedTopics(String service) throws IOException {
        Map<String, Object> config = documents(REPO.resolve(service).resolve("src/main/resources/application.yml"))
                .getFirst();
        Map<String, Object> bindings = map(map(map(map(config.get("spring")).get("cloud")).get("stream")).get("bindings"));
        Set<String> topics = new TreeSet<>();
        bindings.forEach((name, binding) -> {
            if (name.contains("-in-")) {
                topics.add((String) map(binding).get("destination"));
            }
        });
        return topics;
    }

    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
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
