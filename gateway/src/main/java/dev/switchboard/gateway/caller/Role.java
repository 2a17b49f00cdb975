package dev.switchboard.gateway.caller;

/** The roles of CONTRACT.md; services receive the name in {@code X-Switchboard-Role}. */
public enum Role {
    PLATFORM,
    AGENT,
    MANAGER,
    ADMIN
}
