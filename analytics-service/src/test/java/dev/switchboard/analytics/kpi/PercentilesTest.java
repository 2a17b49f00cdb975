package dev.switchboard.analytics.kpi;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @Test
    void shouldPickTheSampleAtTheNearestRankOfTenSamples() {
        List<Duration> oneToTen = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofSeconds).toList();

        Percentiles percentiles = Percentiles.of(oneToTen);

        // ranks ⌈0.5·10⌉ = 5, ⌈0.9·10⌉ = 9, ⌈0.99·10⌉ = 10
        assertThat(percentiles).isEqualTo(new Percentiles(5.0, 9.0, 10.0));
    }

    @Test
    void shouldSortUnorderedSamplesBeforeRanking() {
        Percentiles percentiles = Percentiles.of(List.of(Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofSeconds(5)));

        // ranks ⌈1.5⌉ = 2, ⌈2.7⌉ = 3, ⌈2.97⌉ = 3 of [1, 5, 10]
        assertThat(percentiles).isEqualTo(new Percentiles(5.0, 10.0, 10.0));
    }

    @Test
    void shouldTakeTheNinetyNinthOfAHundredSamplesForP99() {
        List<Duration> samples = IntStream.rangeClosed(1, 100).mapToObj(Duration::ofSeconds).toList();

        assertThat(Percentiles.of(samples)).isEqualTo(new Percentiles(50.0, 90.0, 99.0));
    }

    @Test
    void shouldReturnTheOnlySampleForEveryPercentile() {
        assertThat(Percentiles.of(List.of(Duration.ofMillis(1500)))).isEqualTo(new Percentiles(1.5, 1.5, 1.5));
    }

    @Test
    void shouldReturnNullsWhenThereAreNoSamples() {
        assertThat(Percentiles.of(List.of())).isEqualTo(new Percentiles(null, null, null));
    }

    @Test
    void shouldRejectAPercentileOutsideItsRange() {
        assertThatThrownBy(() -> Percentiles.nearestRank(List.of(Duration.ZERO), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
