package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaMetric;

import java.util.List;

/**
 * The open clocks of one ticket in one {@code short}, two bits per metric (none, RUNNING, PAUSED, BREACHED): a ticket
 * has at most one open cycle per metric, so this is all the open-clocks gauge needs, and the timer keeps two bytes
 * per ticket instead of a list of clock views (they fit in the padding of its entry, so they cost no heap).
 */
public final class OpenClockSummary {

    /** How many different summaries there are: the size of a table of counts indexed by summary. */
    public static final int VALUES = 1 << (2 * SlaMetric.values().length);

    private static final ClockState[] CODES = {null, ClockState.RUNNING, ClockState.PAUSED, ClockState.BREACHED};

    static {
        if (SlaMetric.values().length > Short.SIZE / 2) {
            throw new ExceptionInInitializerError("two bits per metric fit eight metrics in a short");
        }
    }

    private OpenClockSummary() {
    }

    public static short of(List<ClockView> clocks) {
        int summary = 0;
        for (ClockView clock : clocks) {
            if (clock.open()) {
                summary |= code(clock.state()) << (2 * clock.metric().ordinal());
            }
        }
        return (short) summary;
    }

    /** The table index of {@code summary} (a short is signed). */
    public static int index(short summary) {
        return summary & 0xFFFF;
    }

    /** The state of the metric's open clock in {@code summary}, or null if it has none. */
    public static ClockState stateOf(short summary, SlaMetric metric) {
        return CODES[(index(summary) >>> (2 * metric.ordinal())) & 0b11];
    }

    /** Open clocks of the metric in the state, over counts per summary as {@code DeadlineIndex} keeps them. */
    public static long count(long[] countsBySummary, SlaMetric metric, ClockState state) {
        long total = 0;
        for (int summary = 0; summary < countsBySummary.length; summary++) {
            if (countsBySummary[summary] != 0 && stateOf((short) summary, metric) == state) {
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
            case ACHIEVED, CANCELLED -> 0;
        };
    }
}
