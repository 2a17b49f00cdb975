package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * How the arrival rate varies over the day: one multiplier per hour, scaled so that they average 1, which keeps
 * {@code --rate} the day's mean. {@link #FLAT} keeps the rate steady (the default: a demo started at night is not
 * empty); {@link #MORNING_PEAK} is a typical support desk's day, quiet at night with its peak mid-morning.
 *
 * @param name   for the log and the README
 * @param hourly 24 relative weights, hour 0 first; scaled to average 1
 */
public record DayShape(String name, List<Double> hourly) {

    public static final DayShape FLAT = new DayShape("flat", DoubleStream.generate(() -> 1).limit(24).boxed().toList());
    public static final DayShape MORNING_PEAK = new DayShape("morning-peak", List.of(
            0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 1.2, 2.0, 2.6, 2.5, 2.0,
            1.5, 1.6, 1.7, 1.6, 1.4, 1.2, 0.9, 0.7, 0.6, 0.5, 0.35, 0.25));

    private static final long HOUR_NANOS = Duration.ofHours(1).toNanos();
    private static final long DAY_NANOS = Duration.ofDays(1).toNanos();

    public DayShape {
        if (hourly.size() != 24 || hourly.stream().anyMatch(w -> !(w >= 0))) {
            throw new IllegalArgumentException("a day shape needs 24 weights of 0 or more, was " + hourly);
        }
        double mean = hourly.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (!(mean > 0)) {
            throw new IllegalArgumentException("a day shape needs some weight above 0");
        }
        hourly = hourly.stream().map(w -> w / mean).toList();
    }

    /** The rate multiplier at a time of day given as nanoseconds since midnight (any value; taken modulo a day). */
    public double multiplierAt(long nanosOfDay) {
        return hourly.get((int) (Math.floorMod(nanosOfDay, DAY_NANOS) / HOUR_NANOS));
    }

    /** The largest multiplier: the rate at which candidate arrivals are drawn before thinning. */
    double peak() {
        return hourly.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
