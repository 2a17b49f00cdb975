package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ArrivalsTest {

    private static final int SAMPLES = 200_000;

    @Test
    void shouldArriveAtTheConfiguredMeanRate() {
        Arrivals arrivals = new Arrivals(12, new SplittableRandom(7));

        double meanSeconds = meanGapSeconds(arrivals);

        assertThat(meanSeconds).isCloseTo(5.0, within(0.05));
    }

    @Test
    void shouldSpreadGapsExponentiallyLikeAPoissonProcess() {
        Arrivals arrivals = new Arrivals(30, new SplittableRandom(11));
        double sum = 0;
        double sumOfSquares = 0;
        int longerThanMean = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double gap = arrivals.nextGap().toNanos() / 1e9;
            sum += gap;
            sumOfSquares += gap * gap;
            if (gap > 2.0) {
                longerThanMean++;
            }
        }
        double mean = sum / SAMPLES;
        double standardDeviation = Math.sqrt(sumOfSquares / SAMPLES - mean * mean);

        // an exponential distribution has its standard deviation equal to its mean, and P(gap > mean) = 1/e
        assertThat(standardDeviation / mean).isCloseTo(1.0, within(0.02));
        assertThat(longerThanMean / (double) SAMPLES).isCloseTo(Math.exp(-1), within(0.01));
    }

    @Test
    void shouldDrawTheSameGapsFromTheSameSeed() {
        Arrivals first = new Arrivals(10, new SplittableRandom(3));
        Arrivals second = new Arrivals(10, new SplittableRandom(3));

        for (int i = 0; i < 100; i++) {
            assertThat(first.nextGap()).isEqualTo(second.nextGap());
        }
    }

    @Test
    void shouldFollowTheDayShapeHourByHourAndKeepTheDailyMeanRate() {
        int days = 60;
        Arrivals arrivals = new Arrivals(6, DayShape.MORNING_PEAK, Duration.ZERO, new SplittableRandom(17));
        long[] perHour = new long[24];
        long elapsed = 0;
        long end = Duration.ofDays(days).toNanos();
        long count = 0;
        while (true) {
            elapsed += arrivals.nextGap().toNanos();
            if (elapsed >= end) {
                break;
            }
            perHour[(int) (elapsed % Duration.ofDays(1).toNanos() / Duration.ofHours(1).toNanos())]++;
            count++;
        }

        // 6/min over 60 days: 518,400 expected, standard deviation about 720
        assertThat(count).isBetween(515_500L, 521_300L);
        for (int hour = 0; hour < 24; hour++) {
            double expected = 6 * 60 * days * DayShape.MORNING_PEAK.hourly().get(hour);
            assertThat((double) perHour[hour]).as("hour " + hour)
                    .isCloseTo(expected, within(5 * Math.sqrt(expected)));
        }
        assertThat(perHour[10]).as("the morning peak is busier than the night").isGreaterThan(10 * perHour[3]);
    }

    @Test
    void shouldStartTheDayShapeAtTheGivenTimeOfDay() {
        Arrivals night = new Arrivals(60, DayShape.MORNING_PEAK, Duration.ofHours(3), new SplittableRandom(5));
        Arrivals morning = new Arrivals(60, DayShape.MORNING_PEAK, Duration.ofHours(10), new SplittableRandom(5));

        assertThat(countWithin(night, Duration.ofMinutes(30))).isLessThan(countWithin(morning, Duration.ofMinutes(30)) / 5);
    }

    @Test
    void shouldRefuseARateThatIsNotPositive() {
        assertThatThrownBy(() -> new Arrivals(0, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long countWithin(Arrivals arrivals, Duration window) {
        long count = 0;
        Duration elapsed = arrivals.nextGap();
        while (elapsed.compareTo(window) < 0) {
            count++;
            elapsed = elapsed.plus(arrivals.nextGap());
        }
        return count;
    }

    private static double meanGapSeconds(Arrivals arrivals) {
        Duration total = Duration.ZERO;
        for (int i = 0; i < SAMPLES; i++) {
            total = total.plus(arrivals.nextGap());
        }
        return total.toNanos() / 1e9 / SAMPLES;
    }
}
