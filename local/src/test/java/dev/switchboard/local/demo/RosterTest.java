package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RosterTest {

    private final List<DemoAgent> agents = Roster.generate(new SplittableRandom(42));

    @Test
    void shouldStaffThreeTeamsOfFourWithDistinctIds() {
        assertThat(agents.stream().collect(Collectors.groupingBy(DemoAgent::team, Collectors.counting())))
                .containsOnlyKeys("billing", "tech", "sales")
                .allSatisfy((team, count) -> assertThat(count).isEqualTo(4L));
        assertThat(agents.stream().map(DemoAgent::id).distinct()).hasSize(12);
    }

    @Test
    void shouldGiveEveryAgentTheTeamSkillAndLevelsOneToFive() {
        for (DemoAgent agent : agents) {
            assertThat(agent.skills()).containsKey(Roster.TEAM_SKILLS.get(agent.team()).getFirst());
            assertThat(agent.skills().values()).allSatisfy(level -> assertThat(level).isBetween(1, 5));
            assertThat(agent.tier()).isBetween(1, 3);
            assertThat(agent.capacity()).containsKeys("EMAIL", "CHAT", "PHONE");
        }
    }

    @Test
    void shouldHaveATierTwoLeadInEveryTeamAndATierThreeSpecialist() {
        assertThat(agents.stream().filter(a -> a.tier() == 2).map(DemoAgent::team))
                .containsExactlyInAnyOrder("billing", "tech", "sales");
        assertThat(agents).anyMatch(a -> a.tier() == 3);
    }

    @Test
    void shouldHaveASpeakerOfEveryLanguageInEveryTeamSoNoLanguageTicketWaitsForever() {
        for (String team : Roster.TEAMS) {
            for (String language : Roster.LANGUAGES) {
                assertThat(agents).as(team + " speaks " + language)
                        .anyMatch(a -> a.team().equals(team) && a.skills().containsKey(language));
            }
        }
    }

    @Test
    void shouldGiveAgentsDifferentPacesThatAreStablePerSeed() {
        List<Double> paces = agents.stream().map(DemoAgent::pace).toList();

        assertThat(paces).doesNotHaveDuplicates()
                .allSatisfy(pace -> assertThat(pace).isBetween(Roster.FASTEST_PACE, Roster.SLOWEST_PACE));
        assertThat(Collections.max(paces) / Collections.min(paces)).as("a visible spread").isGreaterThan(1.5);
        assertThat(Roster.generate(new SplittableRandom(42)).stream().map(DemoAgent::pace).toList()).isEqualTo(paces);
        assertThat(Roster.generate(new SplittableRandom(43)).stream().map(DemoAgent::pace).toList())
                .isNotEqualTo(paces);
    }

    @Test
    void shouldDrawPacesAroundTheTypicalAgent() {
        SplittableRandom random = new SplittableRandom(7);
        double meanLog = IntStream.range(0, 100)
                .mapToObj(run -> Roster.generate(random))
                .flatMap(List::stream)
                .mapToDouble(agent -> Math.log(agent.pace()))
                .average().orElseThrow();

        // lognormal with median 1: the logs of 1,200 paces average 0 (standard error about 0.01)
        assertThat(meanLog).isCloseTo(0.0, within(0.05));
    }
}
