package dev.switchboard.events.routing;

import java.time.Instant;

/**
 * An offer ended without an assignment: {@code reason} is {@code DECLINED} (the agent said no) or {@code TIMED_OUT}
 * (nobody answered in time). The ticket is back in its queue with its original age, and is not offered to this agent
 * again.
 */
public record OfferDeclined(String ticketId, String agentId, String reason, Instant declinedAt) {

    public static final String TYPE = "switchboard.routing.offer-declined.v1";

    public static final String DECLINED = "DECLINED";
    public static final String TIMED_OUT = "TIMED_OUT";
}
