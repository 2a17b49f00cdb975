package dev.switchboard.routing.offer;

import dev.switchboard.events.Topic;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.TicketPhase;
import dev.switchboard.routing.assignment.TicketState;
import dev.switchboard.routing.cloudevents.CloudEventPublisher;
import dev.switchboard.routing.cloudevents.OutgoingEvent;
import dev.switchboard.routing.config.RoutingProperties;
import dev.switchboard.routing.problem.Problems;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns an agent's answer to an offer into {@code agent.offer-answered} on {@code agents.events}. Like every request of
 * this service it changes nothing itself: the engine decides when it consumes the answer (the offer may have run out
 * meanwhile, then the answer changes nothing). The checks here use the engine's view, which on a follower is its read
 * copy of the stored state.
 */
@Service
class OfferCommands {

    static final String OFFERS_DISABLED = "offers-disabled";
    static final String NO_OPEN_OFFER = "no-open-offer";

    private final CloudEventPublisher publisher;
    private final RoutingEngine engine;
    private final Clock clock;
    private final Duration sendTimeout;

    OfferCommands(CloudEventPublisher publisher, RoutingEngine engine, Clock clock, RoutingProperties properties) {
        this.publisher = publisher;
        this.engine = engine;
        this.clock = clock;
        this.sendTimeout = properties.sendTimeout();
    }

    Mono<OfferAnswerView> answer(String ticketId, String agentId, boolean accepted) {
        Optional<AgentState> agent = engine.agent(agentId);
        if (agent.isEmpty() || !engine.policy().offersFor(agent.get().team())) {
            return Mono.error(Problems.conflict(OFFERS_DISABLED, "Offers are switched off for this agent's team: "
                    + "tickets are assigned directly, there is nothing to " + (accepted ? "accept." : "decline.")));
        }
        Optional<TicketState> ticket = engine.ticket(ticketId)
                .filter(state -> state.phase() == TicketPhase.OFFERED && agentId.equals(state.agentId()));
        if (ticket.isEmpty()) {
            return Mono.error(Problems.conflict(NO_OPEN_OFFER,
                    "Agent " + agentId + " has no open offer of ticket " + ticketId + "."));
        }
        Instant now = clock.instant();
        OfferAnswered answer = new OfferAnswered(agentId, ticketId, accepted, now);
        // one answer per offer: a retried request carries the same id, and the engine drops the repeat
        String id = agentId + ":" + ticketId + ":answer:" + ticket.get().offers();
        return Mono.fromFuture(() -> publisher.publish(new OutgoingEvent(Topic.AGENTS_EVENTS, agentId, id,
                        OfferAnswered.TYPE, agentId, now, answer)))
                .timeout(sendTimeout)
                .thenReturn(new OfferAnswerView(ticketId, agentId, accepted ? "ACCEPTED" : "DECLINED", now));
    }
}
