package dev.switchboard.analytics.kpi.web;

import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.kpi.InMemoryBuckets;
import dev.switchboard.analytics.kpi.KpiFixture;
import dev.switchboard.analytics.kpi.query.KpiReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static dev.switchboard.analytics.fact.Facts.of;
import static dev.switchboard.analytics.fact.TicketEvents.assigned;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.solved;

@WebFluxTest(controllers = {SummaryController.class, AgentReportController.class, TimeseriesController.class})
@Import({WindowResolver.class, AnalyticsEndpointsWebTest.Fixed.class})
class AnalyticsEndpointsWebTest {

    @TestConfiguration
    static class Fixed {
        @Bean
        Clock clock() {
            return Clock.fixed(at(3600), ZoneOffset.UTC);
        }

        @Bean
        AnalyticsProperties analyticsProperties() {
            return new AnalyticsProperties(Duration.ofHours(24), 100, Duration.ofSeconds(1), 3, Duration.ofMinutes(1),
                    10, Duration.ofDays(7), Duration.ofDays(92), Duration.ofDays(1830), Duration.ofMinutes(10));
        }

        @Bean
        KpiReader kpiReader(Clock clock) {
            return KpiFixture.reader(InMemoryBuckets.of(List.of(SOLVED_TICKET)), clock.instant());
        }
    }

    private static final TicketFact SOLVED_TICKET = of("t-1", created("t-1", at(0)),
            assigned("t-1", "agent, the first", 500, at(1)), publicReply("t-1", "agent, the first", at(90)),
            solved("t-1", at(600)));

    @Autowired
    WebTestClient client;

    @Test
    void shouldAnswerTheSummaryOfTheLast24HoursByDefault() {
        client.get().uri("/api/v1/analytics/summary").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.from").isEqualTo("2026-11-22T09:00:00Z")
                .jsonPath("$.to").isEqualTo("2026-11-23T09:00:00Z")
                .jsonPath("$.created").isEqualTo(1)
                .jsonPath("$.solved").isEqualTo(1)
                .jsonPath("$.backlog").isEqualTo(0)
                .jsonPath("$.firstReplyTime.p50").isEqualTo(90.0)
                .jsonPath("$.resolutionTime.p99").isEqualTo(600.0)
                .jsonPath("$.queueWait.p90").isEqualTo(0.5)
                .jsonPath("$.slaAchievement").isEmpty()
                .jsonPath("$.csat").isEmpty()
                .jsonPath("$.oneTouch").isEqualTo(1.0);
    }

    @Test
    void shouldApplyFiltersAndWindow() {
        client.get().uri("/api/v1/analytics/summary?from=2026-11-23T08:00:00Z&to=2026-11-23T09:00:00Z&team=billing"
                        + "&channel=chat")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.created").isEqualTo(0);
        client.get().uri("/api/v1/analytics/summary?from=2026-11-23T08:00:00Z&to=2026-11-23T09:00:00Z&team=billing"
                        + "&channel=email&tier=vip")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.created").isEqualTo(1)
                .jsonPath("$.from").isEqualTo("2026-11-23T08:00:00Z");
        client.get().uri("/api/v1/analytics/summary?from=2026-11-23T08:10:00Z&to=2026-11-23T09:00:00Z")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.created").isEqualTo(0);
    }

    @Test
    void shouldAnswerABadFromWithAProblemNamingTheField() {
        client.get().uri("/api/v1/analytics/summary?from=yesterday").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isEqualTo("Invalid request")
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("from")
                .jsonPath("$.errors[0].message").isNotEmpty();
    }

    @Test
    void shouldListEveryWrongParameterInOneProblem() {
        client.get().uri("/api/v1/analytics/summary?priority=SOMEDAY&channel=PIGEON").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("channel")
                .jsonPath("$.errors[1].field").isEqualTo("priority");
    }

    @Test
    void shouldRejectAWindowThatEndsBeforeItStarts() {
        client.get().uri("/api/v1/analytics/summary?from=2026-11-23T09:00:00Z&to=2026-11-23T08:00:00Z").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    }

    @Test
    void shouldAnswerAnAcceptItCannotProduceWith406() {
        client.get().uri("/api/v1/analytics/summary").accept(MediaType.APPLICATION_XML).exchange()
                .expectStatus().isEqualTo(406);
    }

    @Test
    void shouldGiveAgentRowsAsJsonByDefault() {
        client.get().uri("/api/v1/analytics/agents?from=2026-11-23T08:00:00Z&to=2026-11-23T09:00:00Z").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$[0].agentId").isEqualTo("agent, the first")
                .jsonPath("$[0].handled").isEqualTo(1)
                .jsonPath("$[0].solved").isEqualTo(1)
                .jsonPath("$[0].firstReplyP50").isEqualTo(90.0);
    }

    @Test
    void shouldGiveAgentRowsAsCsvWhenAskedFor() {
        client.get().uri("/api/v1/analytics/agents?from=2026-11-23T08:00:00Z&to=2026-11-23T09:00:00Z")
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).isEqualTo("""
                        agentId,handled,solved,firstReplyP50Seconds,csat,slaAchievement,firstReplyP90Seconds,\
                        resolutionP50Seconds,breaches,reopens,oneTouch,occupancy\r
                        "agent, the first",1,1,90.0,,,90.0,600.0,0,0,1.0,\r
                        """);
    }

    @Test
    void shouldCountCreatedTicketsPerHour() {
        client.get().uri("/api/v1/analytics/timeseries?metric=created&interval=HOUR"
                        + "&from=2026-11-23T07:00:00Z&to=2026-11-23T09:00:00Z")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.series[0].key").isEqualTo("all")
                .jsonPath("$.series[0].points[0].value").isEqualTo(0)
                .jsonPath("$.series[0].points[1].at").isEqualTo("2026-11-23T08:00:00Z")
                .jsonPath("$.series[0].points[1].value").isEqualTo(1);
    }

    @Test
    void shouldRefuseATimeseriesWithoutMetricOrWithTooManyPoints() {
        client.get().uri("/api/v1/analytics/timeseries?interval=MINUTE&from=2026-11-20T00:00:00Z").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("metric")
                .jsonPath("$.errors[1].field").isEqualTo("interval");
    }
}
