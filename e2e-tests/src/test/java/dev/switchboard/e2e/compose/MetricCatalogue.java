package dev.switchboard.e2e.compose;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** deploy/prometheus/metrics.yml: the metric families rules and dashboards may use, and where they come from. */
record MetricCatalogue(List<SwitchboardMeter> switchboard, Set<String> standardNames) {

    /** One of our meters as a service registers it; {@link #prometheusNames()} is how the registry renders it. */
    record SwitchboardMeter(String meter, String type, String baseUnit, boolean histogram, String service) {

        List<String> prometheusNames() {
            String base = meter.replace('.', '_');
            return switch (type) {
                case "counter" -> List.of(base + "_total");
                case "gauge" -> List.of(baseUnit == null ? base : base + "_" + baseUnit);
                case "timer" -> Stream.of("_count", "_sum", "_max", histogram ? "_bucket" : null)
                        .filter(suffix -> suffix != null)
                        .map(suffix -> base + "_seconds" + suffix)
                        .toList();
                default -> throw new IllegalArgumentException("unknown meter type " + type + " of " + meter);
            };
        }
    }

    static MetricCatalogue read(Path file) throws IOException {
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        List<SwitchboardMeter> meters = maps(root.get("switchboard")).stream()
                .map(entry -> new SwitchboardMeter((String) entry.get("meter"), (String) entry.get("type"),
                        (String) entry.get("baseUnit"), Boolean.TRUE.equals(entry.get("histogram")),
                        (String) entry.get("service")))
                .toList();
        Set<String> standard = new TreeSet<>();
        maps(root.get("standard")).forEach(source -> ((List<?>) source.get("names")).forEach(
                name -> standard.add((String) name)));
        return new MetricCatalogue(meters, standard);
    }

    Set<String> allPrometheusNames() {
        Set<String> names = new TreeSet<>(standardNames);
        switchboard.forEach(meter -> names.addAll(meter.prometheusNames()));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object node) {
        return (List<Map<String, Object>>) node;
    }
}
