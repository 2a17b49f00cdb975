package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapProbeTest {

    @Test
    void shouldSeeWhatAJvmHoldsToWithinAFewPercentAndWhichClassHoldsIt() {
        HeapProbe probe = new HeapProbe();
        long pid = ProcessHandle.current().pid();
        ClassHistogram before = probe.liveObjects(pid);
        List<long[]> held = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            held.add(new long[12_500]); // 100,000 bytes of payload each, 20 MB in all
        }
        ClassHistogram after = probe.liveObjects(pid);

        // the arrays to the byte (200 of a 16-byte header and 100,000 bytes); the whole heap within what other threads
        // of this test JVM (an earlier test's flight recorder, the surefire channel) may allocate meanwhile
        assertThat(after.bytesOfClass("[J") - before.bytesOfClass("[J")).isBetween(20_003_200L, 20_100_000L);
        assertThat(after.totalBytes() - before.totalBytes()).isBetween(20_000_000L, 22_000_000L);
        assertThat(before.largestChanges(after, 1)).singleElement().asString().startsWith("[J (java.base@");
        assertThat(held).hasSize(200);
    }
}
