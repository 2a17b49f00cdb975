package dev.switchboard.local.bench;

import java.util.OptionalDouble;

/** Reads samples out of the Prometheus text exposition format an actuator's {@code /actuator/prometheus} serves. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of every sample of {@code metric} whose labels contain all of {@code labelParts} (each like
     * {@code area="heap"}); empty when no sample matched.
     */
    public static OptionalDouble sum(String exposition, String metric, String... labelParts) {
        double sum = 0;
        boolean found = false;
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || !nameOf(line).equals(metric)) {
                continue;
            }
            if (!containsAll(line, labelParts)) {
                continue;
            }
            // "name{labels} value [timestamp]": label values may hold spaces, so read after the closing brace
            String afterLabels = line.substring(line.lastIndexOf('}') + 1).trim();
            try {
                sum += Double.parseDouble(afterLabels.split("\\s+")[0]);
                found = true;
            } catch (RuntimeException e) {
                // a line this reader does not understand counts as absent rather than as zero
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    private static String nameOf(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
            end++;
        }
        return line.substring(0, end);
    }

    private static boolean containsAll(String line, String[] labelParts) {
        for (String part : labelParts) {
            if (!line.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
