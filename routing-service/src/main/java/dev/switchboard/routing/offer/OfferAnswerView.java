package dev.switchboard.routing.offer;

import java.time.Instant;

/** The answer to {@code accept|decline}: what was recorded; the assignment follows when the engine consumed it. */
record OfferAnswerView(String ticketId, String agentId, String answer, Instant answeredAt) {
}
