package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import dev.switchboard.events.ticket.Channel;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final int SCRIPTS = 20_000;

    @Test
    void shouldReplyFirstSolveAgainOnlyAfterAReopenAndRateOnlyTheFinalSolve() {
        SplittableRandom random = new SplittableRandom(5);

        for (int i = 0; i < SCRIPTS; i++) {
            List<Step> steps = Conversation.script(random, Channel.EMAIL);

            assertThat(steps.getFirst()).isInstanceOf(Step.AgentReply.class);
            long reopens = steps.stream().filter(Step.Reopen.class::isInstance).count();
            assertThat(steps.stream().filter(Step.Solve.class::isInstance)).hasSize((int) reopens + 1);
            int reopen = indexOf(steps, Step.Reopen.class);
            if (reopen >= 0) {
                assertThat(steps.get(reopen - 1)).as("a reopen follows a solve").isInstanceOf(Step.Solve.class);
                assertThat(steps.get(reopen + 1)).as("the agent answers first").isInstanceOf(Step.AgentReply.class);
            }
            int lastSolve = lastIndexOf(steps, Step.Solve.class);
            assertThat(steps.subList(lastSolve + 1, steps.size())).allMatch(Step.Rate.class::isInstance);
            assertThat(steps).allMatch(step -> step.after().compareTo(Conversation.MINIMUM_GAP) >= 0);
        }
    }

    @Test
    void shouldRateReopenAndWriteBackInTheIntendedShares() {
        SplittableRandom random = new SplittableRandom(9);
        int rated = 0;
        int wroteBack = 0;
        int reopened = 0;
        for (int i = 0; i < SCRIPTS; i++) {
            List<Step> steps = Conversation.script(random, Channel.CHAT);
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
            if (steps.stream().anyMatch(Step.Reopen.class::isInstance)) {
                reopened++;
            }
        }

        assertThat(rated / (double) SCRIPTS).isCloseTo(Conversation.RATING_SHARE, within(0.02));
        assertThat(wroteBack / (double) SCRIPTS).isCloseTo(Conversation.WRITE_BACK_SHARE, within(0.02));
        // sd of the share is about 0.002 here
        assertThat(reopened / (double) SCRIPTS).isCloseTo(Conversation.REOPEN_SHARE, within(0.01));
    }

    @Test
    void shouldTakeAboutTheMeanTimeToReplyFirstOnTheWebForm() {
        assertThat(meanFirstReplySeconds(Channel.WEB, 13))
                .isCloseTo(Conversation.MEAN_FIRST_REPLY.toSeconds(), within(1.0));
    }

    @Test
    void shouldHandlePhoneAndChatFasterThanEmail() {
        double phone = meanFirstReplySeconds(Channel.PHONE, 1);
        double chat = meanFirstReplySeconds(Channel.CHAT, 2);
        double email = meanFirstReplySeconds(Channel.EMAIL, 3);

        assertThat(phone).isCloseTo(40 * Conversation.CHANNEL_PACE.get(Channel.PHONE), within(1.0));
        assertThat(email).isCloseTo(40 * Conversation.CHANNEL_PACE.get(Channel.EMAIL), within(1.0));
        assertThat(phone).isLessThan(chat);
        assertThat(chat).isLessThan(email / 2);
    }

    @Test
    void shouldScaleOnlyTheAgentsHandleTimesByTheAgentsPace() {
        Step reply = new Step.AgentReply(Duration.ofSeconds(40), "hi");
        Step solve = new Step.Solve(Duration.ofSeconds(60));
        Step customer = new Step.CustomerMessage(Duration.ofSeconds(30), "hello");
        Step reopen = new Step.Reopen(Duration.ofSeconds(90), "again");

        assertThat(Conversation.paced(reply, 2.0)).isEqualTo(Duration.ofSeconds(80));
        assertThat(Conversation.paced(solve, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Conversation.paced(customer, 2.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Conversation.paced(reopen, 0.5)).isEqualTo(Duration.ofSeconds(90));
        assertThat(Conversation.paced(new Step.AgentReply(Duration.ofSeconds(6), "quick"), 0.4))
                .as("never faster than reading the ticket").isEqualTo(Conversation.MINIMUM_GAP);
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

    private static double meanFirstReplySeconds(Channel channel, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double totalSeconds = 0;
        for (int i = 0; i < SCRIPTS; i++) {
            totalSeconds += Conversation.script(random, channel).getFirst().after().toNanos() / 1e9;
        }
        return totalSeconds / SCRIPTS;
    }

    private static int indexOf(List<Step> steps, Class<? extends Step> type) {
        for (int i = 0; i < steps.size(); i++) {
            if (type.isInstance(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<Step> steps, Class<? extends Step> type) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (type.isInstance(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
