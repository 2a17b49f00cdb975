package dev.switchboard.routing.offer;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.routing.MutableClock;
import dev.switchboard.routing.assignment.Events;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.RoutingPolicy;
import dev.switchboard.routing.cloudevents.CloudEventPublisher;
import dev.switchboard.routing.cloudevents.OutgoingEvent;
import dev.switchboard.routing.config.RoutingProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.web.ErrorResponseException;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class OfferCommandsTest {

    private final MutableClock clock = new MutableClock(Events.T0);
    private final RoutingEngine engine = new RoutingEngine(clock,
            RoutingPolicy.DEFAULTS.withOffers(Set.of("billing"), Duration.ofSeconds(30)));
    private final CloudEventPublisher publisher = mock(CloudEventPublisher.class);
    private final RoutingProperties properties = mock(RoutingProperties.class);
    private OfferCommands commands;

    @BeforeEach
    void offerT1ToAna() {
        when(properties.sendTimeout()).thenReturn(Duration.ofSeconds(1));
        when(publisher.publish(any())).thenReturn(CompletableFuture.completedFuture(null));
        commands = new OfferCommands(publisher, engine, clock, properties);
        engine.agentUpdated("a-1", Events.agent("ana").build());
        engine.presenceChanged("a-2", Events.presence("ana", AgentStatus.AVAILABLE));
        engine.agentUpdated("s-1", Events.agent("sam").team("sales").build());
        engine.ticketCreated("t-1:created", Events.ticket("t-1").build());
    }

    @Test
    void shouldPublishTheAnswerKeyedByAgentWithAnIdPerOffer() {
        OfferAnswerView view = commands.answer("t-1", "ana", false).block();

        ArgumentCaptor<OutgoingEvent> sent = ArgumentCaptor.forClass(OutgoingEvent.class);
        verify(publisher).publish(sent.capture());
        assertThat(sent.getValue().key()).isEqualTo("ana");
        assertThat(sent.getValue().id()).isEqualTo("ana:t-1:answer:1");
        assertThat(sent.getValue().data()).isEqualTo(new OfferAnswered("ana", "t-1", false, Events.T0));
        assertThat(view.answer()).isEqualTo("DECLINED");
    }

    @Test
    void shouldRefuseAnAnswerWithoutAnOpenOfferOfTheCaller() {
        assertThatThrownBy(() -> commands.answer("t-2", "ana", true).block())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getBody().getType())
                        .hasToString("https://switchboard.dev/problems/no-open-offer"));
        verify(publisher, never()).publish(any());
    }

    @Test
    void shouldRefuseAnAgentOfATeamWithoutOffers() {
        assertThatThrownBy(() -> commands.answer("t-1", "sam", true).block())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getBody().getType())
                        .hasToString("https://switchboard.dev/problems/offers-disabled"));
    }
}
