package dev.switchboard.local.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code jcmd <pid> GC.class_histogram}: the bytes of the live objects per class and in all. Two of them tell not
 * only how much a heap grew but which classes grew or shrank, which is what a slope that went the wrong way needs.
 */
record ClassHistogram(long totalBytes, Map<String, Long> bytesByClass, Map<String, Long> instancesByClass) {

    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(.+?)\\s*$",
            Pattern.MULTILINE);

    ClassHistogram {
        bytesByClass = Map.copyOf(bytesByClass);
        instancesByClass = Map.copyOf(instancesByClass);
    }

    static ClassHistogram parse(String jcmdOutput) {
        Matcher total = TOTAL.matcher(jcmdOutput);
        if (!total.find()) {
            throw new IllegalStateException("no Total line in the class histogram: "
                    + jcmdOutput.substring(0, Math.min(200, jcmdOutput.length())));
        }
        Map<String, Long> bytes = new HashMap<>();
        Map<String, Long> instances = new HashMap<>();
        Matcher row = ROW.matcher(jcmdOutput);
        while (row.find()) {
            // a class loaded by two loaders has two rows of the same name: one figure per name
            bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
        }
        return new ClassHistogram(Long.parseLong(total.group(1)), bytes, instances);
    }

    /** The classes whose live bytes changed most from this histogram to {@code later}, the largest change first. */
    List<String> largestChanges(ClassHistogram later, int count) {
        Set<String> classes = new HashSet<>(bytesByClass.keySet());
        classes.addAll(later.bytesByClass.keySet());
        return classes.stream()
                .map(name -> Map.entry(name, later.bytesOf(name) - bytesOf(name)))
                .filter(change -> change.getValue() != 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> change) -> Math.abs(change.getValue()))
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(count)
                .map(change -> "%s %+,d B".formatted(change.getKey(), change.getValue()))
                .toList();
    }

    /** The live bytes of a class named as the JVM does ({@code [B} for byte[]), whichever module it came from. */
    long bytesOfClass(String jvmName) {
        return sumOf(bytesByClass, jvmName);
    }

    /** The live instances of a class named as the JVM does, whichever module it came from. */
    long instancesOfClass(String jvmName) {
        return sumOf(instancesByClass, jvmName);
    }

    private static long sumOf(Map<String, Long> byClass, String jvmName) {
        return byClass.entrySet().stream()
                .filter(row -> row.getKey().equals(jvmName) || row.getKey().startsWith(jvmName + " ("))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private long bytesOf(String className) {
        return bytesByClass.getOrDefault(className, 0L);
    }
}
