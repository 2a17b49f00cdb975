package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void shouldTakeTheNearestRankWhateverTheInputOrder() {
        Percentiles p = new Percentiles(List.of(50L, 10L, 40L, 20L, 30L, 100L, 90L, 80L, 70L, 60L));

        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(90)).isEqualTo(90);
        assertThat(p.at(99)).isEqualTo(100);
        assertThat(p.at(1)).isEqualTo(10);
    }

    @Test
    void shouldLetASingleSlowSampleSetTheP99OfAHundred() {
        long[] samples = new long[100];
        java.util.Arrays.fill(samples, 3);
        samples[42] = 400;

        assertThat(new Percentiles(samples).at(99)).isEqualTo(3);
        assertThat(new Percentiles(samples).at(100)).isEqualTo(400);
    }

    @Test
    void shouldRefuseToInventAPercentileOfNothing() {
        assertThatThrownBy(() -> new Percentiles(new long[0]).at(99)).isInstanceOf(IllegalStateException.class);
    }
}
