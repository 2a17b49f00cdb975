package dev.switchboard.local.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * What one JVM's flight recording says about a stretch of time: when that JVM stood still for its garbage collector,
 * and how busy the whole machine was each second.
 *
 * @param pauses     the GC pauses ({@code jdk.GCPhasePause}: every thread of the JVM stopped), in recording order
 * @param machineCpu the machine's CPU load, 0 to 1 across all cores, by the time it was sampled ({@code jdk.CPULoad})
 */
record PauseTimeline(List<Pause> pauses, NavigableMap<Instant, Double> machineCpu) {

    record Pause(Instant start, Instant end) {
    }

    PauseTimeline {
        pauses = List.copyOf(pauses);
        machineCpu = new TreeMap<>(machineCpu);
    }

    static PauseTimeline read(Path recording) {
        List<Pause> pauses = new ArrayList<>();
        NavigableMap<Instant, Double> cpu = new TreeMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.GCPhasePause" -> pauses.add(new Pause(event.getStartTime(), event.getEndTime()));
                    case "jdk.CPULoad" -> cpu.put(event.getStartTime(), (double) event.getFloat("machineTotal"));
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the flight recording " + recording + ": " + e.getMessage(), e);
        }
        return new PauseTimeline(pauses, cpu);
    }

    /** How long this JVM was paused between the two instants. */
    Duration pausedDuring(Instant from, Instant to) {
        Duration paused = Duration.ZERO;
        for (Pause pause : pauses) {
            Instant start = pause.start().isAfter(from) ? pause.start() : from;
            Instant end = pause.end().isBefore(to) ? pause.end() : to;
            if (start.isBefore(end)) {
                paused = paused.plus(Duration.between(start, end));
            }
        }
        return paused;
    }

    /** The machine's load over the second that holds the instant: the first sample taken at or after it. */
    OptionalDouble machineCpuAt(Instant at) {
        Map.Entry<Instant, Double> sample = machineCpu.ceilingEntry(at);
        return sample == null ? OptionalDouble.empty() : OptionalDouble.of(sample.getValue());
    }
}
