package dev.switchboard.events.routing;

import java.time.Instant;

/**
 * The ticket is offered to an agent of a team that works with offers: it holds the agent's capacity until the agent
 * accepts ({@code routing.assigned} with {@code offered: true}), declines or lets it run out at {@code expiresAt}
 * ({@code routing.offer-declined}). Readers treat an offered ticket as not yet assigned. {@code reason} is the rule
 * that chose the agent, as in {@code routing.assigned}.
 */
public record TicketOffered(String ticketId, String agentId, String team, Instant offeredAt, Instant expiresAt,
                            String reason) {

    public static final String TYPE = "switchboard.routing.offered.v1";
}
