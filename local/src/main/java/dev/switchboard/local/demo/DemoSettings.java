package dev.switchboard.local.demo;

/**
 * @param ticketsPerMinute average arrival rate of the Poisson process
 * @param seed             makes every random decision of the run repeatable
 */
public record DemoSettings(double ticketsPerMinute, long seed) {

    public static final double DEFAULT_RATE = 10;
    public static final long DEFAULT_SEED = 42;

    public DemoSettings {
        if (!(ticketsPerMinute > 0)) {
            throw new IllegalArgumentException("--rate must be positive, was " + ticketsPerMinute);
        }
    }
}
