package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlightRecordingsTest {

    @TempDir
    Path folder;

    @Test
    void shouldRecordAJvmFromOutsideAndFindTheCollectionsItPausedFor() {
        List<String> warnings = new ArrayList<>();
        Instant before = Instant.now();
        FlightRecordings recordings = FlightRecordings.start(Map.of("test", ProcessHandle.current().pid()), folder,
                "phase", warnings::add);
        Instant started = Instant.now();
        System.gc(); // a full collection: every thread stops, so the recording must hold a pause
        Map<String, Path> written = recordings.stop();

        assertThat(warnings).isEmpty();
        assertThat(written).containsOnlyKeys("test");
        assertThat(written.get("test")).isEqualTo(folder.resolve("phase-test.jfr")).isRegularFile();
        PauseTimeline timeline = PauseTimeline.read(written.get("test"));
        assertThat(timeline.pauses()).isNotEmpty();
        assertThat(timeline.pausedDuring(started, Instant.now())).isPositive();
        assertThat(timeline.pausedDuring(before.minusSeconds(60), before.minusSeconds(30))).isZero();
    }

    @Test
    void shouldWarnAndGoOnWhenAProcessCannotBeRecorded() {
        List<String> warnings = new ArrayList<>();

        FlightRecordings recordings = FlightRecordings.start(Map.of("gone", Long.MAX_VALUE), folder, "phase",
                warnings::add);

        assertThat(warnings).singleElement().asString().startsWith("no flight recording of gone");
        assertThat(recordings.stop()).isEmpty();
    }
}
