package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final int TICKETS = 20_000;
    private static final DemoSettings SETTINGS = new DemoSettings(10, 42);

    @Test
    void shouldMakeTheSameDecisionsForTheSameSeed() {
        Scenario first = new Scenario(42);
        Scenario second = new Scenario(42);

        assertThat(first.roster()).isEqualTo(second.roster());
        for (String team : Roster.TEAMS) {
            for (long n = 1; n <= 50; n++) {
                assertThat(first.ticket(team, n, "run")).isEqualTo(second.ticket(team, n, "run"));
                assertThat(first.conversation(team, n, Channel.CHAT))
                        .isEqualTo(second.conversation(team, n, Channel.CHAT));
            }
        }
        Map<String, Arrivals> firstArrivals = first.arrivals(SETTINGS, Duration.ZERO);
        Map<String, Arrivals> secondArrivals = second.arrivals(SETTINGS, Duration.ZERO);
        for (String team : Roster.TEAMS) {
            for (int i = 0; i < 50; i++) {
                assertThat(firstArrivals.get(team).nextGap()).isEqualTo(secondArrivals.get(team).nextGap());
            }
        }
    }

    @Test
    void shouldMakeOtherDecisionsForAnotherSeed() {
        List<NewTicket> first = tickets(new Scenario(1), "tech", 20);
        List<NewTicket> second = tickets(new Scenario(2), "tech", 20);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void shouldGiveEveryTeamItsOwnIndependentArrivals() {
        Map<String, Arrivals> arrivals = new Scenario(42).arrivals(SETTINGS, Duration.ZERO);

        assertThat(arrivals).containsOnlyKeys("billing", "tech", "sales");
        assertThat(arrivals.get("billing").nextGap()).isNotEqualTo(arrivals.get("tech").nextGap());
    }

    @Test
    void shouldLeaveATeamWithoutShareWithoutArrivals() {
        DemoSettings techOnly = new DemoSettings(10, 42, Map.of("tech", 1.0, "billing", 0.0), DayShape.FLAT);

        assertThat(new Scenario(42).arrivals(techOnly, Duration.ZERO)).containsOnlyKeys("tech");
    }

    @Test
    void shouldMixChannelsAndPrioritiesOfEachTeamInItsIntendedShares() {
        for (TeamDemand demand : TeamDemand.ALL) {
            List<NewTicket> tickets = tickets(new Scenario(42), demand.team(), TICKETS);
            int channelTotal = demand.channels().values().stream().mapToInt(Integer::intValue).sum();
            int priorityTotal = demand.priorities().values().stream().mapToInt(Integer::intValue).sum();

            assertThat(tickets).allMatch(t -> t.team().equals(demand.team()));
            for (Channel channel : Channel.values()) {
                assertThat(share(tickets, t -> t.channel() == channel)).as(demand.team() + " " + channel)
                        .isCloseTo(demand.channels().get(channel) / (double) channelTotal, within(0.015));
            }
            for (Priority priority : Priority.values()) {
                assertThat(share(tickets, t -> t.priority() == priority)).as(demand.team() + " " + priority)
                        .isCloseTo(demand.priorities().get(priority) / (double) priorityTotal, within(0.015));
            }
            assertThat(share(tickets, t -> t.customerTier() == CustomerTier.VIP)).isCloseTo(0.10, within(0.015));
            assertThat(share(tickets, t -> t.skills().size() == 2)).isCloseTo(0.20, within(0.02));
        }
    }

    @Test
    void shouldAskForSkillsTheTeamHasAndKeepExternalIdsOfRunsAndTeamsApart() {
        Scenario scenario = new Scenario(42);
        List<String> teamSkills = scenario.roster().stream().flatMap(a -> a.skills().keySet().stream()).toList();

        for (String team : Roster.TEAMS) {
            for (NewTicket ticket : tickets(scenario, team, 500)) {
                assertThat(teamSkills).containsAll(ticket.skills());
                assertThat(ticket.skills().getFirst()).isEqualTo(Roster.TEAM_SKILLS.get(team).getFirst());
            }
        }
        assertThat(scenario.ticket("tech", 1, "a").externalId()).isNotEqualTo(scenario.ticket("tech", 1, "b").externalId());
        assertThat(scenario.ticket("tech", 1, "a").externalId())
                .isNotEqualTo(scenario.ticket("sales", 1, "a").externalId());
    }

    private static List<NewTicket> tickets(Scenario scenario, String team, int count) {
        List<NewTicket> tickets = new ArrayList<>();
        for (long n = 1; n <= count; n++) {
            tickets.add(scenario.ticket(team, n, "run"));
        }
        return tickets;
    }

    private static double share(List<NewTicket> tickets, Predicate<NewTicket> which) {
        return tickets.stream().filter(which).count() / (double) tickets.size();
    }
}
