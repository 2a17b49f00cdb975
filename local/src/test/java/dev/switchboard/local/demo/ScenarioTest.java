package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final int TICKETS = 20_000;

    @Test
    void shouldMakeTheSameDecisionsForTheSameSeed() {
        Scenario first = new Scenario(42);
        Scenario second = new Scenario(42);

        assertThat(first.roster()).isEqualTo(second.roster());
        for (long n = 1; n <= 50; n++) {
            assertThat(first.ticket(n, "run")).isEqualTo(second.ticket(n, "run"));
            assertThat(first.conversation(n)).isEqualTo(second.conversation(n));
        }
    }

    @Test
    void shouldMakeOtherDecisionsForAnotherSeed() {
        List<NewTicket> first = tickets(new Scenario(1), 20);
        List<NewTicket> second = tickets(new Scenario(2), 20);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void shouldMixChannelsPrioritiesTeamsAndVipsInTheIntendedShares() {
        List<NewTicket> tickets = tickets(new Scenario(42), TICKETS);

        assertThat(share(tickets, t -> t.channel() == Channel.EMAIL)).isCloseTo(0.40, within(0.02));
        assertThat(share(tickets, t -> t.channel() == Channel.SOCIAL)).isCloseTo(0.05, within(0.01));
        assertThat(share(tickets, t -> t.priority() == Priority.URGENT)).isCloseTo(0.08, within(0.01));
        assertThat(share(tickets, t -> t.team().equals("sales"))).isCloseTo(0.20, within(0.02));
        assertThat(share(tickets, t -> t.customerTier() == CustomerTier.VIP)).isCloseTo(0.10, within(0.015));
        assertThat(share(tickets, t -> t.skills().size() == 2)).isCloseTo(0.20, within(0.02));
    }

    @Test
    void shouldAskForSkillsTheTeamHasAndKeepExternalIdsOfRunsApart() {
        Scenario scenario = new Scenario(42);
        List<String> teamSkills = scenario.roster().stream().flatMap(a -> a.skills().keySet().stream()).toList();

        for (NewTicket ticket : tickets(scenario, 500)) {
            assertThat(teamSkills).containsAll(ticket.skills());
            assertThat(ticket.skills().getFirst()).isEqualTo(Roster.TEAM_SKILLS.get(ticket.team()).getFirst());
        }
        assertThat(scenario.ticket(1, "a").externalId()).isNotEqualTo(scenario.ticket(1, "b").externalId());
    }

    private static List<NewTicket> tickets(Scenario scenario, int count) {
        List<NewTicket> tickets = new ArrayList<>();
        for (long n = 1; n <= count; n++) {
            tickets.add(scenario.ticket(n, "run"));
        }
        return tickets;
    }

    private static double share(List<NewTicket> tickets, java.util.function.Predicate<NewTicket> which) {
        return tickets.stream().filter(which).count() / (double) tickets.size();
    }
}
