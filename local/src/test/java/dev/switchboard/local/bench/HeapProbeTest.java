package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapProbeTest {

    private static final String HISTOGRAM = """
            9140:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         15396         757976  [B (java.base@25.0.3)
               2:          3302         425688  java.lang.Class (java.base@25.0.3)
             824:             1             16  sun.nio.fs.NativeBuffers$1 (java.base@25.0.3)
            Total         66888        2983664
            """;

    @Test
    void shouldReadTheLiveBytesFromTheHistogramsTotalLine() {
        assertThat(HeapProbe.totalBytes(HISTOGRAM)).isEqualTo(2_983_664);
    }

    @Test
    void shouldRefuseOutputWithoutATotalLineRatherThanReadAnotherNumber() {
        assertThatThrownBy(() -> HeapProbe.totalBytes("9140:\ncom.sun.tools.attach.AttachNotSupportedException"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no Total line");
    }

    @Test
    void shouldSeeWhatAJvmHoldsToWithinAFewPercent() {
        HeapProbe probe = new HeapProbe();
        long pid = ProcessHandle.current().pid();
        double before = probe.liveHeapBytes(pid).orElseThrow();
        List<long[]> held = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            held.add(new long[12_500]); // 100,000 bytes of payload each, 20 MB in all
        }
        double after = probe.liveHeapBytes(pid).orElseThrow();

        assertThat(after - before).isBetween(20_000_000.0, 21_000_000.0);
        assertThat(held).hasSize(200);
    }
}
