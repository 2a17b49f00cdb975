package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PresencePlanTest {

    @Test
    void shouldTakeBreaksOfOneToThreeMinutesAboutEveryEightMinutes() {
        PresencePlan plan = new PresencePlan(new SplittableRandom(21));
        double totalMinutesBetween = 0;
        int samples = 50_000;
        for (int i = 0; i < samples; i++) {
            assertThat(plan.breakLength()).isBetween(PresencePlan.SHORTEST_BREAK, PresencePlan.LONGEST_BREAK);
            totalMinutesBetween += plan.untilNextBreak().toNanos() / 60e9;
        }

        assertThat(totalMinutesBetween / samples).isCloseTo(8.0, within(0.15));
    }
}
