package dev.switchboard.ticket.web;

import org.springframework.http.HttpHeaders;

/**
 * Who calls, as the gateway says in headers it sets itself (after removing any a client sent). The gateway enforces
 * roles; this service uses the identity to scope data: the platform scopes externalId, an agent sees its own tickets.
 */
public record Caller(String role, String principal, String platform, String agentId) {

    public static final String ROLE = "X-Switchboard-Role";
    public static final String PRINCIPAL = "X-Switchboard-Principal";
    public static final String PLATFORM = "X-Switchboard-Platform";
    public static final String AGENT_ID = "X-Switchboard-Agent-Id";
    public static final String DEFAULT_PLATFORM = "default";

    public static Caller from(HttpHeaders headers) {
        String platform = headers.getFirst(PLATFORM);
        return new Caller(headers.getFirst(ROLE), headers.getFirst(PRINCIPAL),
                platform == null || platform.isBlank() ? DEFAULT_PLATFORM : platform, headers.getFirst(AGENT_ID));
    }

    public boolean isAgent() {
        return "AGENT".equalsIgnoreCase(role);
    }
}
