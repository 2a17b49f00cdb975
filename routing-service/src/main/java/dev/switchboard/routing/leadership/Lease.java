package dev.switchboard.routing.leadership;

import java.time.Instant;

/**
 * The routing engine's lease as stored: who holds it, until when, and the epoch of the holder's term. The epoch grows
 * by one on every takeover (never on a renewal), so it orders the terms and fences the writes of an older one.
 */
public record Lease(String holder, long epoch, Instant expiresAt) {
}
