package dev.switchboard.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Repeats a request before it is timed, in rounds, and records what each round cost the processes on its path in CPU
 * per request. A figure taken while the JIT still compiles the path measures the compiler: in two full benches the
 * summary query cost the gateway and analytics-service 16.5 and 31.2 CPU ms over its first 250 calls and about 4
 * and 12 ms in its last rounds of the 3,000 (C2 compiling the reactive path). The curve
 * goes into the results, so a reader sees whether the cost had levelled off before the timed requests.
 */
final class WarmUp {

    private WarmUp() {
    }

    /**
     * Runs {@code request} {@code requests} times in rounds of {@code perRound} (the last one shorter) and returns
     * each round's CPU milliseconds per request, read from {@code cpuSeconds} (the processes' CPU seconds so far);
     * empty when the CPU cannot be read here.
     */
    static List<Double> run(Runnable request, int requests, int perRound, Supplier<OptionalDouble> cpuSeconds) {
        if (perRound <= 0) {
            throw new IllegalArgumentException("a round needs at least one request, not " + perRound);
        }
        List<Double> curve = new ArrayList<>();
        boolean readable = true;
        for (int done = 0; done < requests; ) {
            int round = Math.min(perRound, requests - done);
            OptionalDouble before = readable ? cpuSeconds.get() : OptionalDouble.empty();
            for (int i = 0; i < round; i++) {
                request.run();
            }
            done += round;
            OptionalDouble after = before.isPresent() ? cpuSeconds.get() : OptionalDouble.empty();
            readable = after.isPresent();
            if (readable) {
                curve.add(Math.round(10_000.0 * (after.getAsDouble() - before.getAsDouble()) / round) / 10.0);
            }
        }
        return readable ? curve : List.of();
    }
}
