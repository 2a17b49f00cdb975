package dev.switchboard.routing.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Decision quality in virtual time. A single-skill FIFO team is an M/M/N queue, so the engine must reproduce Erlang
 * C's probability of waiting and mean wait; with several skills, routing by skill must beat a router that ignores them.
 */
class DecisionQualityTest {

    private static final int TICKETS = 300_000;
    private static final int WARM_UP = 10_000;

    @ParameterizedTest(name = "{0} agents, {1} tickets/h, {2} s handle time")
    @CsvSource({
            "3, 25, 360",
            "5, 54, 300",
            "10, 60, 480",
            "20, 216, 300"})
    void shouldReproduceErlangCForSingleSkillFifoTeam(int agents, double arrivalsPerHour, double handleSeconds) {
        Map<String, Map<String, Integer>> team = new LinkedHashMap<>();
        for (int i = 0; i < agents; i++) {
            team.put("a" + i, Map.of("billing", 3));
        }
        double lambda = arrivalsPerHour / 3600;
        RoutingSimulation simulation = new RoutingSimulation(agents * 31L + (long) arrivalsPerHour, lambda,
                handleSeconds, team, List.of("billing"), (skills, skill) -> 1.0);

        RoutingSimulation.Result result = simulation.withEngine(TICKETS, WARM_UP);

        double offered = lambda * handleSeconds;
        double waitProbability = RoutingSimulation.erlangC(agents, offered);
        double meanWait = waitProbability / (agents / handleSeconds - lambda);
        assertThat(result.waitProbability()).as("P(wait), Erlang C %.4f", waitProbability)
                .isCloseTo(waitProbability, within(0.05 * waitProbability));
        assertThat(result.meanWaitSeconds()).as("mean wait, Erlang C %.2f s", meanWait)
                .isCloseTo(meanWait, within(0.05 * meanWait));
    }

    @Test
    void shouldComputeErlangCFromTheTextbook() {
        // 10 agents, 8 Erlangs offered: the textbook gives a probability of waiting of 0.409
        assertThat(RoutingSimulation.erlangC(10, 8.0)).isCloseTo(0.409, within(0.001));
    }

    @Test
    void shouldBeatRandomAssignmentOnWaitAndSkillMatchWithSeveralSkills() {
        Map<String, Map<String, Integer>> agents = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            agents.put("billing-" + i, Map.of("billing", 4));
            agents.put("tech-" + i, Map.of("tech", 4));
        }
        agents.put("both-0", Map.of("billing", 3, "tech", 3));
        agents.put("both-1", Map.of("billing", 3, "tech", 3));
        // a mismatched agent needs three times as long: it has to find out and ask around
        RoutingSimulation.HandleTime handle = (skills, skill) -> skills.containsKey(skill) ? 1.0 : 3.0;
        double lambda = 7.0 / 300;

        RoutingSimulation.Result skillBased = new RoutingSimulation(5, lambda, 300, agents,
                List.of("billing", "tech"), handle).withEngine(100_000, 5_000);
        RoutingSimulation.Result random = new RoutingSimulation(5, lambda, 300, agents,
                List.of("billing", "tech"), handle).withRandomRouting(100_000, 5_000);

        assertThat(skillBased.skillMatch()).isEqualTo(1.0);
        assertThat(random.skillMatch()).isLessThan(0.8);
        assertThat(skillBased.meanWaitSeconds()).as("mean wait, random routing %.1f s", random.meanWaitSeconds())
                .isLessThan(random.meanWaitSeconds() / 2);
    }
}
