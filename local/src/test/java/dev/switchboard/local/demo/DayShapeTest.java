package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class DayShapeTest {

    @Test
    void shouldScaleTheWeightsToAverageOneSoThatTheRateIsTheDaysMean() {
        DayShape shape = new DayShape("double", Collections.nCopies(24, 2.0));

        assertThat(shape.hourly()).allSatisfy(w -> assertThat(w).isCloseTo(1.0, within(1e-12)));
        assertThat(DayShape.MORNING_PEAK.hourly().stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shouldGiveTheMultiplierOfTheHourAndWrapAroundMidnight() {
        DayShape shape = DayShape.MORNING_PEAK;
        List<Double> hourly = shape.hourly();

        assertThat(shape.multiplierAt(Duration.ofMinutes(9 * 60 + 59).toNanos())).isEqualTo(hourly.get(9));
        assertThat(shape.multiplierAt(Duration.ofHours(24 + 3).toNanos())).isEqualTo(hourly.get(3));
        assertThat(shape.peak()).isEqualTo(hourly.get(9));
        assertThat(DayShape.FLAT.peak()).isEqualTo(1.0);
    }

    @Test
    void shouldRefuseAShapeWithoutTwentyFourNonNegativeWeightsOrWithoutAny() {
        assertThatThrownBy(() -> new DayShape("short", Collections.nCopies(23, 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayShape("empty", Collections.nCopies(24, 0.0)))
                .isInstanceOf(IllegalArgumentException.class);
        List<Double> negative = new java.util.ArrayList<>(Collections.nCopies(24, 1.0));
        negative.set(5, -1.0);
        assertThatThrownBy(() -> new DayShape("negative", negative)).isInstanceOf(IllegalArgumentException.class);
    }
}
