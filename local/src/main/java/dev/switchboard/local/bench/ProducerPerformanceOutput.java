package dev.switchboard.local.bench;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the summary line of {@code org.apache.kafka.tools.ProducerPerformance}, e.g.
 * {@code 500000 records sent, 123456.7 records/sec (60.28 MB/sec), 201.3 ms avg latency, ...}. The tool also prints
 * interim lines ("... records sent, ... records/sec" every five seconds); the last line with percentiles is the
 * summary of the whole run.
 */
public final class ProducerPerformanceOutput {

    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec .*ms 50th");

    private ProducerPerformanceOutput() {
    }

    public static OptionalDouble recordsPerSecond(String output) {
        Matcher matcher = SUMMARY.matcher(output);
        double last = Double.NaN;
        while (matcher.find()) {
            last = Double.parseDouble(matcher.group(2));
        }
        return Double.isNaN(last) ? OptionalDouble.empty() : OptionalDouble.of(last);
    }
}
