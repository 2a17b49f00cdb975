package dev.switchboard.identity;

/**
 * Who called, as the gateway signed it.
 *
 * @param role      PLATFORM, AGENT, MANAGER or ADMIN
 * @param principal the credential's name (an API key's name or a token's subject)
 * @param agentId   the agent an AGENT acts as; null for other roles
 * @param platform  the contact-center platform a PLATFORM caller speaks for; null for other roles
 */
public record VerifiedCaller(String role, String principal, String agentId, String platform) {
}
