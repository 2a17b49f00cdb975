package dev.switchboard.local.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.switchboard.local.demo.gateway.GatewayClient;

/**
 * Runs the simulated contact center against a gateway in real time, on one daemon scheduler thread.
 *
 * <pre>{@code
 * try (Demo demo = Demo.start(system.gatewayUrl(), new DemoSettings(10, 42), System.out::println)) { ... }
 * }</pre>
 */
public final class Demo implements AutoCloseable {

    private final ContactCenter center;
    private final ScheduledExecutorService executor;

    private Demo(ContactCenter center, ScheduledExecutorService executor) {
        this.center = center;
        this.executor = executor;
    }

    public static Demo start(String gatewayUrl, DemoSettings settings, Consumer<String> report) {
        return start(new GatewayClient(gatewayUrl), settings, report);
    }

    /** @param api e.g. a {@link GatewayClient} wrapped to record what the run created (the fault suite) */
    public static Demo start(ContactCenterApi api, DemoSettings settings, Consumer<String> report) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("demo").daemon(true).factory());
        Scheduler scheduler = (delay, task) -> executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        ContactCenter center = new ContactCenter(api, settings, scheduler,
                Clock.systemUTC(), report);
        try {
            // set up on the scheduler thread too, so that all demo state stays on one thread
            executor.submit(center::start).get();
        } catch (Exception e) {
            executor.shutdownNow();
            throw new IllegalStateException("The demo could not set up its agents: " + e.getMessage(), e);
        }
        return new Demo(center, executor);
    }

    @Override
    public void close() {
        center.stop();
        executor.shutdownNow();
        try {
            executor.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
