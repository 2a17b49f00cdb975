package dev.switchboard.analytics.fact;

import org.HdrHistogram.Histogram;

/**
 * The durations kept as mergeable sketches per time bucket, each with its unit. A sample is quantized to the lowest
 * value HdrHistogram (3 significant digits) treats as equivalent, so a bucket holds at most a few thousand distinct
 * values however many tickets it counts: exact below 2,048 units, never more than 0.1 % low above. Merging buckets adds
 * counts per value, which is exact, so a percentile over many buckets is the percentile of all their samples, never
 * an average of percentiles.
 */
public enum SampleScale {
    FIRST_REPLY("firstReplyTime", 1.0),
    FIRST_RESOLUTION("firstResolutionTime", 1.0),
    FULL_RESOLUTION("resolutionTime", 1.0),
    QUEUE_WAIT("queueWaitMs", 0.001);

    /** Ten years in milliseconds: longer than any help-desk duration, in either unit. */
    private static final long HIGHEST = 10L * 366 * 24 * 3600 * 1000;
    // read-only after construction: lowestEquivalentValue is pure arithmetic on its fixed parameters
    private static final Histogram QUANTIZER = new Histogram(HIGHEST, 3);

    private final String sampleName;
    private final double secondsPerUnit;

    SampleScale(String sampleName, double secondsPerUnit) {
        this.sampleName = sampleName;
        this.secondsPerUnit = secondsPerUnit;
    }

    public String sampleName() {
        return sampleName;
    }

    /** Converts a quantized value of this scale to seconds, the unit every API answer uses. */
    public double toSeconds(long value) {
        return value * secondsPerUnit;
    }

    public long quantize(long rawValue) {
        long bounded = Math.clamp(rawValue, 0, HIGHEST);
        return QUANTIZER.lowestEquivalentValue(bounded);
    }
}
