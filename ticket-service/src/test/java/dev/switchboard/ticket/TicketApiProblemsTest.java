package dev.switchboard.ticket;

import dev.switchboard.ticket.intake.application.ReservationStore;
import dev.switchboard.ticket.intake.application.TicketIntakeService;
import dev.switchboard.ticket.kafka.CloudEventPublisher;
import dev.switchboard.ticket.kafka.EventJson;
import dev.switchboard.ticket.lifecycle.application.PendingEventPublisher;
import dev.switchboard.ticket.lifecycle.application.TicketEventService;
import dev.switchboard.ticket.lifecycle.application.TicketWriteStore;
import dev.switchboard.ticket.view.application.TicketViewRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The web layer with the real services and validators, and no broker or database behind them. */
@WebFluxTest
@Import({TicketIntakeService.class, TicketEventService.class, PendingEventPublisher.class, EventJson.class,
        TicketApiProblemsTest.Beans.class})
class TicketApiProblemsTest {

    @TestConfiguration
    @EnableConfigurationProperties(TicketServiceProperties.class)
    static class Beans {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    WebTestClient web;
    @MockitoBean
    CloudEventPublisher publisher;
    @MockitoBean
    ReservationStore reservations;
    @MockitoBean
    TicketViewRepository views;
    @MockitoBean
    TicketWriteStore tickets;

    @BeforeEach
    void noTicketsYet() {
        when(views.findById(anyString())).thenReturn(Mono.empty());
        when(views.insert(any())).thenReturn(Mono.just(true));
        when(tickets.load(anyString())).thenReturn(Mono.empty());
    }

    @Test
    void shouldAnswer400ProblemForMalformedJson() {
        post("/api/v1/tickets", "{\"channel\": ").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo("body");
        verifyNoInteractions(publisher, reservations);
    }

    @Test
    void shouldNameTheFieldWhenAnOperatorShapedValueCannotBind() {
        post("/api/v1/tickets", "{\"externalId\":{\"$gt\":\"\"},\"channel\":\"EMAIL\",\"subject\":\"x\","
                + "\"priority\":\"LOW\",\"customer\":{\"id\":\"c\"}}")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("externalId");
        verifyNoInteractions(publisher, reservations);
    }

    @Test
    void shouldAnswer415ProblemForWrongContentType() {
        web.post().uri("/api/v1/tickets").contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Content-Type");
        verifyNoInteractions(publisher);
    }

    @Test
    void shouldListEveryInvalidFieldWithItsMessage() {
        post("/api/v1/tickets", "{\"channel\":\"FAX\",\"subject\":\"\",\"priority\":\"HIGH\",\"customer\":{}}")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/validation")
                .jsonPath("$.title").isEqualTo("Invalid request")
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'channel')].message").isNotEmpty()
                .jsonPath("$.errors[?(@.field == 'subject')].message").isNotEmpty()
                .jsonPath("$.errors[?(@.field == 'customer.id')].message").isNotEmpty();
        verifyNoInteractions(publisher, reservations);
    }

    @Test
    void shouldIgnoreUnknownFieldsAndAnswerCreatedAfterPublishing() {
        when(publisher.publish(any())).thenReturn(Mono.empty());

        post("/api/v1/tickets", "{\"channel\":\"CHAT\",\"subject\":\"Hi\",\"priority\":\"LOW\","
                + "\"customer\":{\"id\":\"c-1\",\"shoeSize\":44},\"mood\":\"grumpy\"}")
                .expectStatus().isCreated()
                .expectHeader().value("Location", l -> assertThat(l).startsWith("/api/v1/tickets/"))
                .expectBody()
                .jsonPath("$.status").isEqualTo("NEW")
                .jsonPath("$.createdAt").isEqualTo("2026-11-23T08:00:00Z")
                .jsonPath("$.appliedEventIds").doesNotExist();
        verify(publisher).publish(any());
    }

    @Test
    void shouldRefuseBatchOfMoreThanThousandItems() {
        String item = "{\"channel\":\"CHAT\",\"subject\":\"Hi\",\"priority\":\"LOW\",\"customer\":{\"id\":\"c\"}}";
        post("/api/v1/tickets/batch", "[" + String.join(",", Collections.nCopies(1001, item)) + "]")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        verifyNoInteractions(publisher);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"SHOUTED\"}",
            "{\"type\":\"SATISFACTION_RATED\",\"csat\":7}",
            "{\"type\":\"STATUS_CHANGED\",\"status\":\"DONE\"}",
            "{\"type\":\"AGENT_REPLY\",\"body\":\"hi\"}",
            "{\"body\":\"no type\"}"})
    void shouldAnswer400ProblemForInvalidTicketEvent(String body) {
        post("/api/v1/tickets/t-1/events", body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors").isNotEmpty();
        verifyNoInteractions(publisher);
    }

    @Test
    void shouldAnswer400WhenRatingIsNotANumber() {
        post("/api/v1/tickets/t-1/events", "{\"type\":\"SATISFACTION_RATED\",\"csat\":\"great\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswer404ProblemForUnknownTicket() {
        web.get().uri("/api/v1/tickets/nope").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/v1/tickets/nope/events", "{\"type\":\"CUSTOMER_MESSAGE\",\"body\":\"hi\"}")
                .expectStatus().isNotFound();
        verifyNoInteractions(publisher);
    }

    @Test
    void shouldAnswer400ForBadListParameters() {
        web.get().uri("/api/v1/tickets?status=DONE&limit=0&cursor=garbage").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(3);
    }

    private WebTestClient.ResponseSpec post(String uri, String json) {
        return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                .exchange();
    }
}
