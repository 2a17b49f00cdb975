package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final int SCRIPTS = 20_000;

    @Test
    void shouldReplyFirstSolveOnceAndRateOnlyAfterSolving() {
        SplittableRandom random = new SplittableRandom(5);

        for (int i = 0; i < SCRIPTS; i++) {
            List<Step> steps = Conversation.script(random);

            assertThat(steps.getFirst()).isInstanceOf(Step.AgentReply.class);
            assertThat(steps.stream().filter(Step.Solve.class::isInstance)).hasSize(1);
            int solve = indexOf(steps, Step.Solve.class);
            assertThat(steps.subList(solve + 1, steps.size())).allMatch(Step.Rate.class::isInstance);
            assertThat(steps).allMatch(step -> step.after().compareTo(Conversation.MINIMUM_GAP) >= 0);
        }
    }

    @Test
    void shouldRateWithinTheContractRangesInTheIntendedShare() {
        SplittableRandom random = new SplittableRandom(9);
        int rated = 0;
        int wroteBack = 0;
        for (int i = 0; i < SCRIPTS; i++) {
            List<Step> steps = Conversation.script(random);
            if (steps.getLast() instanceof Step.Rate rate) {
                rated++;
                assertThat(rate.csat()).isBetween(1, 5);
                if (rate.nps() != null) {
                    assertThat(rate.nps()).isBetween(0, 10);
                }
            }
            if (steps.stream().anyMatch(Step.CustomerMessage.class::isInstance)) {
                wroteBack++;
            }
        }

        assertThat(rated / (double) SCRIPTS).isCloseTo(Conversation.RATING_SHARE, within(0.02));
        assertThat(wroteBack / (double) SCRIPTS).isCloseTo(Conversation.WRITE_BACK_SHARE, within(0.02));
    }

    @Test
    void shouldTakeAboutTheMeanTimeToReplyFirst() {
        SplittableRandom random = new SplittableRandom(13);
        double totalSeconds = 0;
        for (int i = 0; i < SCRIPTS; i++) {
            totalSeconds += Conversation.script(random).getFirst().after().toNanos() / 1e9;
        }

        assertThat(totalSeconds / SCRIPTS).isCloseTo(Conversation.MEAN_FIRST_REPLY.toSeconds(), within(1.0));
    }

    @Test
    void shouldKeepNpsInRangeForEveryCsat() {
        SplittableRandom random = new SplittableRandom(1);
        for (int csat = 1; csat <= 5; csat++) {
            for (int i = 0; i < 1_000; i++) {
                assertThat(Conversation.npsFor(csat, random)).isBetween(0, 10);
            }
        }
    }

    private static int indexOf(List<Step> steps, Class<? extends Step> type) {
        for (int i = 0; i < steps.size(); i++) {
            if (type.isInstance(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
