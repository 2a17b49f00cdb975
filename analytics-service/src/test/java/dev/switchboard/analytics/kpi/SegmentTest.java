package dev.switchboard.analytics.kpi;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentTest {

    private static Instant t(String text) {
        return Instant.parse(text);
    }

    @Test
    void shouldTileARaggedWindowWithDaysHoursAndMinutes() {
        assertThat(Segment.tiling(t("2026-11-20T22:58:00Z"), t("2026-11-23T01:02:00Z"))).containsExactly(
                new Segment(BucketLevel.MINUTE, t("2026-11-20T22:58:00Z"), t("2026-11-20T23:00:00Z")),
                new Segment(BucketLevel.HOUR, t("2026-11-20T23:00:00Z"), t("2026-11-21T00:00:00Z")),
                new Segment(BucketLevel.DAY, t("2026-11-21T00:00:00Z"), t("2026-11-23T00:00:00Z")),
                new Segment(BucketLevel.HOUR, t("2026-11-23T00:00:00Z"), t("2026-11-23T01:00:00Z")),
                new Segment(BucketLevel.MINUTE, t("2026-11-23T01:00:00Z"), t("2026-11-23T01:02:00Z")));
    }

    @Test
    void shouldUseMinutesOnlyInsideOneHour() {
        assertThat(Segment.tiling(t("2026-11-23T08:10:00Z"), t("2026-11-23T08:20:00Z"))).containsExactly(
                new Segment(BucketLevel.MINUTE, t("2026-11-23T08:10:00Z"), t("2026-11-23T08:20:00Z")));
    }

    @Test
    void shouldReachTheEndOfTimeWithDays() {
        assertThat(Segment.tiling(t("2026-11-23T08:00:00Z"), Segment.END_OF_TIME)).containsExactly(
                new Segment(BucketLevel.HOUR, t("2026-11-23T08:00:00Z"), t("2026-11-24T00:00:00Z")),
                new Segment(BucketLevel.DAY, t("2026-11-24T00:00:00Z"), Segment.END_OF_TIME));
    }
}
