package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void shouldAddUserAndSystemTicksOfAStatLineWhoseNameHoldsSpacesAndParentheses() {
        String stat = "4242 (data-plane (k) 1) S 1 4242 4242 0 -1 4194368 1783 0 0 0 250 75 0 0 20 0 57 0 3180 0";

        assertThat(ProcessCpu.cpuSecondsOf(stat)).isEqualTo(3.25);
    }

    @Test
    void shouldSumTheCpuOfTheGivenProcessesAndCountAProcessThatIsGoneAsNothing() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
        long self = ProcessHandle.current().pid();
        // burn some CPU so that this JVM has used a measurable amount (ticks are 10 ms)
        long sum = 0;
        for (long end = System.nanoTime() + 50_000_000; System.nanoTime() < end; ) {
            sum += System.nanoTime() % 7;
        }

        double alone = ProcessCpu.secondsOf(List.of(self)).orElseThrow();
        double withAGoneProcess = ProcessCpu.secondsOf(List.of(self, Long.MAX_VALUE)).orElseThrow();

        assertThat(sum).isNotNegative();
        assertThat(alone).isGreaterThan(0);
        assertThat(withAGoneProcess).isGreaterThanOrEqualTo(alone).isLessThan(alone + 1);
    }

    @Test
    void shouldGiveEachPartsCpuMillisecondsPerEventAndTheSystemsTotalWithoutTheBench() {
        Map<String, Double> before = Map.of("gateway", 10.0, ProcessCpu.KAFKA, 5.0, ProcessCpu.BENCH, 1.0);
        Map<String, Double> after = new java.util.LinkedHashMap<>();
        after.put("gateway", 12.0);
        after.put(ProcessCpu.KAFKA, 8.0);
        after.put(ProcessCpu.BENCH, 2.0);

        Map<String, Double> perEvent = ProcessCpu.perEvent(before, after, 1_000);

        assertThat(perEvent).containsEntry("gateway", 2.0).containsEntry(ProcessCpu.KAFKA, 3.0)
                .containsEntry(ProcessCpu.BENCH, 1.0).containsEntry("system (without the bench)", 5.0);
    }

    @Test
    void shouldCountWhatTheMachineSpentBeyondOurProcessesAsOtherProcesses() {
        Map<String, Double> before = Map.of("gateway", 10.0, ProcessCpu.BENCH, 1.0, ProcessCpu.MACHINE, 100.0);
        Map<String, Double> after = Map.of("gateway", 12.0, ProcessCpu.BENCH, 2.0, ProcessCpu.MACHINE, 107.0);

        Map<String, Double> perEvent = ProcessCpu.perEvent(before, after, 1_000);

        assertThat(perEvent).containsEntry(ProcessCpu.ELSEWHERE, 4.0).containsEntry("system (without the bench)", 2.0)
                .doesNotContainKey(ProcessCpu.MACHINE);
    }

    @Test
    void shouldAddTheBusyTicksOfTheMachinesCpuLineButNotIdleOrIowait() {
        String cpu = "cpu  1000 20 300 99999 555 4 6 70 0 0";

        assertThat(ProcessCpu.busySecondsOf(cpu)).isEqualTo(14.0);
    }

    @Test
    void shouldTellTheBenchsTheStandInsAndKafkasThreadsApartByName() {
        assertThat(ProcessCpu.partOf("ForkJoinPool-1-w")).isEqualTo(ProcessCpu.BENCH);
        assertThat(ProcessCpu.partOf("HttpClient-3-Se")).isEqualTo(ProcessCpu.BENCH);
        assertThat(ProcessCpu.partOf("event-tap")).isEqualTo(ProcessCpu.BENCH);
        assertThat(ProcessCpu.partOf("mongo-server-wo")).isEqualTo(ProcessCpu.MONGO);
        assertThat(ProcessCpu.partOf("data-plane-kafk")).isEqualTo(ProcessCpu.KAFKA);
        assertThat(ProcessCpu.partOf("ForkJoinPool.co")).isEqualTo(ProcessCpu.KAFKA);
    }
}
