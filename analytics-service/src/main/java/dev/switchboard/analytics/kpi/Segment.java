package dev.switchboard.analytics.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The buckets of one level whose starts lie in [from, to). */
public record Segment(BucketLevel level, Instant from, Instant to) {

    /** Far enough ahead to cover any clock skew of producers, near enough to stay a valid date everywhere. */
    public static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    /**
     * The fewest buckets that tile the minute-aligned range [from, to): days where whole days fit, hours where whole
     * hours fit, minutes at the ragged ends.
     */
    public static List<Segment> tiling(Instant from, Instant to) {
        List<Segment> segments = new ArrayList<>();
        tile(BucketLevel.DAY, from, to, segments);
        return segments;
    }

    private static void tile(BucketLevel level, Instant from, Instant to, List<Segment> out) {
        if (!from.isBefore(to)) {
            return;
        }
        if (level == BucketLevel.MINUTE) {
            out.add(new Segment(level, from, to));
            return;
        }
        BucketLevel finer = level == BucketLevel.DAY ? BucketLevel.HOUR : BucketLevel.MINUTE;
        Instant wholeFrom = level.ceil(from);
        Instant wholeTo = to.equals(END_OF_TIME) ? to : level.start(to);
        if (!wholeFrom.isBefore(wholeTo)) {
            tile(finer, from, to, out);
            return;
        }
        tile(finer, from, wholeFrom, out);
        out.add(new Segment(level, wholeFrom, wholeTo));
        tile(finer, wholeTo, to, out);
    }
}
