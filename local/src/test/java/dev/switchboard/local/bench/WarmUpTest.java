package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** A path whose first 100 requests cost 40 CPU ms each and every later one 7 ms, as a compiled path would. */
    private static final class CompilingPath {
        final AtomicInteger calls = new AtomicInteger();
        double cpuSeconds;

        void request() {
            cpuSeconds += calls.incrementAndGet() <= 100 ? 0.040 : 0.007;
        }
    }

    @Test
    void shouldRunEveryRequestAndGiveEachRoundsCpuMillisecondsPerRequest() {
        CompilingPath path = new CompilingPath();

        var curve = WarmUp.run(path::request, 250, 100, () -> OptionalDouble.of(path.cpuSeconds));

        assertThat(path.calls).hasValue(250);
        assertThat(curve).containsExactly(40.0, 7.0, 7.0);
    }

    @Test
    void shouldStillRunEveryRequestWhereTheCpuCannotBeRead() {
        CompilingPath path = new CompilingPath();

        var curve = WarmUp.run(path::request, 250, 100, OptionalDouble::empty);

        assertThat(path.calls).hasValue(250);
        assertThat(curve).isEmpty();
    }

    @Test
    void shouldRefuseRoundsWithoutRequests() {
        assertThatThrownBy(() -> WarmUp.run(() -> { }, 10, 0, OptionalDouble::empty))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
