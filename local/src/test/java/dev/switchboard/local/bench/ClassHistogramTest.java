package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassHistogramTest {

    private static final String FIRST = """
            9140:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         15396         757976  [B (java.base@25.0.3)
               2:          3302         425688  java.lang.Class (java.base@25.0.3)
               3:          1000          40000  dev.switchboard.sla.timer.DeadlineIndex$Entry
               4:             2             64  dev.switchboard.sla.Loaded
               5:             1             32  dev.switchboard.sla.Loaded
             824:             1             16  sun.nio.fs.NativeBuffers$1 (java.base@25.0.3)
            Total         20702        1223776
            """;

    private static final String LATER = """
            9140:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         14000         500000  [B (java.base@25.0.3)
               2:          3302         425688  java.lang.Class (java.base@25.0.3)
               3:          3000         120000  dev.switchboard.sla.timer.DeadlineIndex$Entry
               4:             3             96  dev.switchboard.sla.Loaded
             900:             1             24  java.util.concurrent.Arrived (java.base@25.0.3)
            Total         20306        1045808
            """;

    @Test
    void shouldReadTheLiveBytesFromTheTotalLineAndPerClass() {
        ClassHistogram histogram = ClassHistogram.parse(FIRST);

        assertThat(histogram.totalBytes()).isEqualTo(1_223_776);
        assertThat(histogram.bytesByClass()).containsEntry("[B (java.base@25.0.3)", 757_976L)
                .containsEntry("dev.switchboard.sla.timer.DeadlineIndex$Entry", 40_000L);
    }

    @Test
    void shouldAddUpTheRowsOfAClassLoadedByTwoLoaders() {
        assertThat(ClassHistogram.parse(FIRST).bytesByClass()).containsEntry("dev.switchboard.sla.Loaded", 96L);
    }

    @Test
    void shouldFindAClassByItsJvmNameWithOrWithoutAModule() {
        ClassHistogram histogram = ClassHistogram.parse(FIRST);

        assertThat(histogram.bytesOfClass("[B")).isEqualTo(757_976);
        assertThat(histogram.bytesOfClass("dev.switchboard.sla.Loaded")).isEqualTo(96);
        assertThat(histogram.bytesOfClass("[Ljava.lang.Object;")).isZero();
        assertThat(histogram.instancesOfClass("[B")).isEqualTo(15_396);
        assertThat(histogram.instancesOfClass("dev.switchboard.sla.Loaded")).isEqualTo(3);
    }

    @Test
    void shouldRefuseOutputWithoutATotalLineRatherThanReadAnotherNumber() {
        assertThatThrownBy(() -> ClassHistogram.parse("9140:\ncom.sun.tools.attach.AttachNotSupportedException"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no Total line");
    }

    @Test
    void shouldListTheLargestChangesEitherWayFirstAndLeaveOutUnchangedClasses() {
        assertThat(ClassHistogram.parse(FIRST).largestChanges(ClassHistogram.parse(LATER), 5)).containsExactly(
                "[B (java.base@25.0.3) -257,976 B",
                "dev.switchboard.sla.timer.DeadlineIndex$Entry +80,000 B",
                "java.util.concurrent.Arrived (java.base@25.0.3) +24 B",
                "sun.nio.fs.NativeBuffers$1 (java.base@25.0.3) -16 B");
    }
}
