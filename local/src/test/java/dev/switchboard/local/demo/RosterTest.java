package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

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
}
