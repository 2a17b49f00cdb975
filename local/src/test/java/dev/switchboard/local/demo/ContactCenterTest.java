package dev.switchboard.local.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContactCenterTest {

    private final FakeContactCenterApi api = new FakeContactCenterApi();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> report = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldStaffTheTeamsAndMakeEveryAgentAvailable() {
        ContactCenter center = center(10);

        center.start();

        assertThat(api.agents).hasSize(12);
        assertThat(api.presenceChanges).hasSize(12).allMatch(change -> change.endsWith("=AVAILABLE"));
    }

    @Test
    void shouldCreateTicketsAtAboutTheConfiguredRate() {
        ContactCenter center = center(20);
        center.start();

        scheduler.advance(Duration.ofMinutes(60));

        // 1,200 expected; a Poisson count has a standard deviation of about 35 here
        assertThat(api.tickets).hasSizeBetween(1_100, 1_300);
        assertThat(center.created()).isEqualTo(api.tickets.size());
    }

    @Test
    void shouldPlayEachAssignedTicketThroughReplySolveAndRatingInOrder() {
        ContactCenter center = center(6);
        center.start();

        scheduler.advance(Duration.ofMinutes(30));

        assertThat(center.solved()).isPositive();
        for (String ticket : api.events.keySet()) {
            List<String> types = api.types(ticket);
            if (!types.isEmpty()) {
                assertThat(types.getFirst()).isEqualTo("AGENT_REPLY");
            }
            if (types.contains("SATISFACTION_RATED")) {
                assertThat(types.getLast()).isEqualTo("SATISFACTION_RATED");
                assertThat(types.get(types.size() - 2)).isEqualTo("STATUS_CHANGED");
            }
            assertThat(Collections.frequency(types, "STATUS_CHANGED")).as("solved again only after a reopen")
                    .isLessThanOrEqualTo(1 + reopens(types));
        }
        assertThat(api.events.values().stream().flatMap(List::stream)
                .filter(e -> e.get("type").equals("AGENT_REPLY")))
                .allMatch(e -> e.get("agentId").equals("agent-billing-1") && e.get("public").equals(true));
    }

    @Test
    void shouldSendAgentsAwayAndBringThemBack() {
        ContactCenter center = center(1);
        center.start();

        scheduler.advance(Duration.ofMinutes(60));

        assertThat(api.presenceChanges).anyMatch(change -> change.endsWith("=AWAY"));
        for (String agent : api.agents.keySet()) {
            List<String> changes = api.presenceChanges.stream().filter(c -> c.startsWith(agent + "=")).toList();
            for (int i = 1; i < changes.size(); i++) {
                assertThat(changes.get(i)).as("an agent alternates").isNotEqualTo(changes.get(i - 1));
            }
        }
    }

    @Test
    void shouldKeepCreatingTicketsAfterTheGatewayFailedForAWhile() {
        api.failCreatesLeft = 5;
        ContactCenter center = center(30);
        center.start();

        scheduler.advance(Duration.ofMinutes(5));

        assertThat(api.tickets).hasSizeGreaterThan(50);
        assertThat(center.failedCalls()).isEqualTo(5);
    }

    @Test
    void shouldReportOnceAMinute() {
        ContactCenter center = center(10);
        center.start();

        scheduler.advance(Duration.ofMinutes(3));

        assertThat(report).hasSize(3).allMatch(line -> line.contains("created") && line.contains("waiting"));
    }

    @Test
    void shouldScheduleNothingAfterStopping() {
        ContactCenter center = center(30);
        center.start();
        scheduler.advance(Duration.ofMinutes(1));
        int created = api.tickets.size();

        center.stop();
        scheduler.advance(Duration.ofMinutes(10));

        assertThat(api.tickets).hasSize(created);
    }

    @Test
    void shouldCreateEachTeamsTicketsAtItsShareOfTheTotalRate() {
        ContactCenter center = new ContactCenter(api, new DemoSettings(30, 42,
                Map.of("billing", 5.0, "tech", 3.0, "sales", 2.0), DayShape.FLAT), scheduler, clock, report::add);
        center.start();

        scheduler.advance(Duration.ofHours(10));

        // 18,000 tickets expected; each team's count is Poisson, so within 4 standard deviations of its mean
        Map<String, Long> perTeam = api.tickets.stream().collect(groupingBy(NewTicket::team, counting()));
        assertPoissonCount(perTeam.get("billing"), 30 * 600 * 0.5);
        assertPoissonCount(perTeam.get("tech"), 30 * 600 * 0.3);
        assertPoissonCount(perTeam.get("sales"), 30 * 600 * 0.2);
        assertThat(center.createdPerTeam()).isEqualTo(perTeam);
    }

    @Test
    void shouldFollowTheMorningPeakInEveryTeamAndKeepTheDailyRate() {
        Clock midnight = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
        api.now = scheduler::now;
        ContactCenter center = new ContactCenter(api, new DemoSettings(12, 42, DemoSettings.DEFAULT_TEAM_SHARES,
                DayShape.MORNING_PEAK), scheduler, midnight, report::add);
        center.start();

        scheduler.advance(Duration.ofDays(1));

        for (String team : Roster.TEAMS) {
            List<Duration> arrivals = new ArrayList<>();
            for (int i = 0; i < api.tickets.size(); i++) {
                if (api.tickets.get(i).team().equals(team)) {
                    arrivals.add(api.createdAt.get(i));
                }
            }
            assertPoissonCount(arrivals.size(), 12 * 1440 * DemoSettings.DEFAULT_TEAM_SHARES.get(team) / 100);
            long night = arrivals.stream().filter(t -> t.toHours() < 3).count();
            long morning = arrivals.stream().filter(t -> t.toHours() >= 9 && t.toHours() < 12).count();
            assertThat(morning).as(team + "'s morning against its night").isGreaterThan(5 * night);
        }
    }

    @Test
    void shouldPlayTheSameScriptForTheSameSeedAndAnotherForAnotherSeed() {
        FakeContactCenterApi first = run(42);
        FakeContactCenterApi second = run(42);
        FakeContactCenterApi other = run(43);

        assertThat(first.tickets).hasSizeGreaterThan(100).isEqualTo(second.tickets);
        assertThat(first.createdAt).isEqualTo(second.createdAt);
        assertThat(first.events).isEqualTo(second.events);
        assertThat(first.eventTimes).isEqualTo(second.eventTimes);
        assertThat(first.agents).isEqualTo(second.agents);
        assertThat(first.presenceChanges).isEqualTo(second.presenceChanges);
        assertThat(other.tickets).isNotEqualTo(first.tickets);
        assertThat(other.eventTimes).isNotEqualTo(first.eventTimes);
    }

    @Test
    void shouldReopenAboutTheConfiguredShareOfSolvedTicketsAndSolveThemAgainBeforeTheRating() {
        ContactCenter center = center(30);
        center.start();

        scheduler.advance(Duration.ofHours(10));

        int solved = 0;
        int reopened = 0;
        for (String ticket : api.events.keySet()) {
            List<String> types = api.types(ticket);
            if (!types.contains("STATUS_CHANGED")) {
                continue;
            }
            solved++;
            int firstSolve = types.indexOf("STATUS_CHANGED");
            if (firstSolve + 1 < types.size() && types.get(firstSolve + 1).equals("CUSTOMER_MESSAGE")) {
                reopened++;
                // the run may end in the middle of a ticket's second round
                List<String> secondRound = types.subList(firstSolve, Math.min(types.size(), firstSolve + 4));
                assertThat(List.of("STATUS_CHANGED", "CUSTOMER_MESSAGE", "AGENT_REPLY", "STATUS_CHANGED")).as(ticket)
                        .startsWith(secondRound.toArray(String[]::new));
            }
        }

        // about 18,000 solved tickets: the share's standard deviation is about 0.002
        assertThat(solved).isGreaterThan(17_000);
        assertThat(reopened / (double) solved).isCloseTo(Conversation.REOPEN_SHARE, within(0.01));
        assertThat(center.reopened()).isEqualTo(reopened);
        assertThat(center.solved()).isEqualTo(api.events.keySet().stream()
                .mapToLong(ticket -> Collections.frequency(api.types(ticket), "STATUS_CHANGED")).sum());
    }

    @Test
    void shouldLetEveryAgentWorkAtItsOwnPace() {
        List<DemoAgent> roster = new Scenario(42).roster();
        DemoAgent fastest = roster.stream().min(Comparator.comparingDouble(DemoAgent::pace)).orElseThrow();
        DemoAgent slowest = roster.stream().max(Comparator.comparingDouble(DemoAgent::pace)).orElseThrow();
        // every other ticket to the slowest agent; the fake does not care whether the agent has the skills
        api.assigner = ticketId -> Long.parseLong(ticketId.substring(2)) % 2 == 0 ? fastest.id() : slowest.id();
        api.now = scheduler::now;
        ContactCenter center = center(10);
        center.start();

        scheduler.advance(Duration.ofHours(10));

        double fast = meanSecondsToFirstReply(fastest.id());
        double slow = meanSecondsToFirstReply(slowest.id());
        // the replies' handle times are scaled by the pace, except where the fastest hit the minimum gap
        assertThat(slow / fast).isGreaterThan(0.8 * slowest.pace() / fastest.pace());
        assertThat(slow / fast).isLessThanOrEqualTo(1.1 * slowest.pace() / fastest.pace());
    }

    private double meanSecondsToFirstReply(String agentId) {
        return api.events.keySet().stream()
                .filter(ticket -> api.assigner.apply(ticket).equals(agentId) && !api.eventTimes.get(ticket).isEmpty())
                .mapToDouble(ticket -> api.eventTimes.get(ticket).getFirst()
                        .minus(api.assignedAt.get(ticket)).toMillis() / 1000.0)
                .average().orElseThrow();
    }

    private FakeContactCenterApi run(long seed) {
        FakeContactCenterApi recorder = new FakeContactCenterApi();
        ManualScheduler virtualTime = new ManualScheduler();
        recorder.now = virtualTime::now;
        new ContactCenter(recorder, new DemoSettings(10, seed), virtualTime, clock, line -> { }).start();
        virtualTime.advance(Duration.ofHours(2));
        return recorder;
    }

    private static void assertPoissonCount(long count, double expected) {
        assertThat((double) count).isCloseTo(expected, within(4 * Math.sqrt(expected)));
    }

    /** Customer messages right after a solve: those reopened the ticket. */
    private static int reopens(List<String> types) {
        int reopens = 0;
        for (int i = 1; i < types.size(); i++) {
            if (types.get(i).equals("CUSTOMER_MESSAGE") && types.get(i - 1).equals("STATUS_CHANGED")) {
                reopens++;
            }
        }
        return reopens;
    }

    private ContactCenter center(double ticketsPerMinute) {
        return new ContactCenter(api, new DemoSettings(ticketsPerMinute, 42), scheduler, clock, report::add);
    }
}
