package dev.switchboard.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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
            if (types.contains("STATUS_CHANGED")) {
                assertThat(types.getFirst()).isEqualTo("AGENT_REPLY");
                assertThat(types.indexOf("STATUS_CHANGED")).isGreaterThanOrEqualTo(types.size() - 2);
            }
            if (types.contains("SATISFACTION_RATED")) {
                assertThat(types.getLast()).isEqualTo("SATISFACTION_RATED");
            }
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

    private ContactCenter center(double ticketsPerMinute) {
        return new ContactCenter(api, new DemoSettings(ticketsPerMinute, 42), scheduler, clock, report::add);
    }
}
