package dev.switchboard.events.agent;

import java.time.Instant;

/**
 * An agent's answer to the offer of a ticket, as the API received it ({@code agents.events}, keyed by agent id): the
 * routing engine decides what it means when it consumes it (the offer may have run out meanwhile).
 */
public record OfferAnswered(String agentId, String ticketId, boolean accepted, Instant answeredAt) {

    public static final String TYPE = "switchboard.agent.offer-answered.v1";
}
