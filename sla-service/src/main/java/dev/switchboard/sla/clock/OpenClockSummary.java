package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaMetric;

import java.util.List;

/**
 * The open clocks of one ticket in one byte, two bits per metric (none, RUNNING, PAUSED, BREACHED): a ticket has at
 * most one open cycle per metric, so this is all the open-clocks gauge needs, and the timer keeps a byte per ticket
 * instead of a list of clock views.
 */
public final class OpenClockSummary {

    private static final ClockState[] CODES = {null, ClockState.RUNNING, ClockState.PAUSED, ClockState.BREACHED};

    static {
        if (SlaMetric.values().length > 4) {
            throw new ExceptionInInitializerError("two bits per metric fit four metrics in a byte");
        }
    }

    private OpenClockSummary() {
    }

    public static byte of(List<ClockView> clocks) {
        int summary = 0;
        for (ClockView clock : clocks) {
            if (clock.open()) {
                summary |= code(clock.state()) << (2 * clock.metric().ordinal());
            }
        }
        return (byte) summary;
    }

    /** The state of the metric's open clock in {@code summary}, or null if it has none. */
    public static ClockState stateOf(byte summary, SlaMetric metric) {
        return CODES[((summary & 0xFF) >>> (2 * metric.ordinal())) & 0b11];
    }

    /** Open clocks of the metric in the state, over counts per summary as {@code DeadlineIndex} keeps them. */
    public static long count(long[] countsBySummary, SlaMetric metric, ClockState state) {
        long total = 0;
        for (int summary = 0; summary < countsBySummary.length; summary++) {
            if (stateOf((byte) summary, metric) == state) {
                total += countsBySummary[summary];
            }
        }
        return total;
    }

    private static int code(ClockState state) {
        return switch (state) {
            case RUNNING -> 1;
            case PAUSED -> 2;
            case BREACHED -> 3;
            case ACHIEVED -> 0;
        };
    }
}
