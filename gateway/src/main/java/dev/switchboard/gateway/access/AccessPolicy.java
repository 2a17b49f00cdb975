package dev.switchboard.gateway.access;

import static dev.switchboard.gateway.access.AccessRule.allow;
import static dev.switchboard.gateway.caller.Role.ADMIN;
import static dev.switchboard.gateway.caller.Role.AGENT;
import static dev.switchboard.gateway.caller.Role.MANAGER;
import static dev.switchboard.gateway.caller.Role.PLATFORM;

import dev.switchboard.gateway.caller.Caller;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The role matrix of CONTRACT.md. The first rule whose method and path match decides; a request no rule matches is
 * denied, so a new service endpoint stays closed until someone adds its row here.
 */
public final class AccessPolicy {

    private final List<AccessRule> rules;

    public AccessPolicy(List<AccessRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static AccessPolicy contract() {
        return new AccessPolicy(List.of(
                allow("POST", "/api/v1/tickets", PLATFORM),
                allow("POST", "/api/v1/tickets/batch", PLATFORM),
                allow("POST", "/api/v1/tickets/{ticketId}/events", PLATFORM, AGENT),
                allow("POST", "/api/v1/tickets/{ticketId}/assignment/accept", AGENT),
                allow("POST", "/api/v1/tickets/{ticketId}/assignment/decline", AGENT),
                // an AGENT sees only its own tickets: ticket-service filters on X-Switchboard-Agent-Id
                allow("GET", "/api/v1/tickets/{ticketId}", PLATFORM, AGENT, MANAGER, ADMIN),
                allow("GET", "/api/v1/tickets", AGENT, MANAGER, ADMIN),
                allow("PUT", "/api/v1/agents/{agentId}", ADMIN),
                allow("PUT", "/api/v1/agents/{agentId}/presence", PLATFORM, AGENT).agentOnlyFor("agentId"),
                allow("GET", "/api/v1/agents", MANAGER, ADMIN),
                allow("GET", "/api/v1/agents/{agentId}", MANAGER, ADMIN),
                allow("GET", "/api/v1/queues", MANAGER, ADMIN),
                // the waiting tickets of one team's queue, in routing order
                allow("GET", "/api/v1/queues/{team}/tickets", MANAGER, ADMIN),
                allow("GET", "/api/v1/sla/policies", MANAGER, ADMIN),
                allow("PUT", "/api/v1/sla/policies/{name}", ADMIN),
                allow("GET", "/api/v1/escalations", MANAGER, ADMIN),
                allow("GET", "/api/v1/analytics/**", MANAGER, ADMIN),
                // the gateway's own: rotating keys without a restart
                allow("GET", "/api/v1/gateway/api-keys", ADMIN),
                allow("PUT", "/api/v1/gateway/api-keys/{name}", ADMIN),
                allow("DELETE", "/api/v1/gateway/api-keys/{name}", ADMIN),
                // who the credential is: the console signs in with it, and refuses PLATFORM itself
                allow("GET", "/api/v1/gateway/me", PLATFORM, AGENT, MANAGER, ADMIN),
                // the live stream: an AGENT gets only its own tickets' and presence's events (StreamAudience)
                allow("GET", "/api/v1/stream", AGENT, MANAGER, ADMIN)));
    }

    public Decision decide(String method, String path, Caller caller) {
        for (AccessRule rule : rules) {
            Optional<Map<String, String>> variables = rule.match(method, path);
            if (variables.isPresent()) {
                return rule.decide(caller, variables.get());
            }
        }
        return Decision.NO_RULE;
    }

    public List<AccessRule> rules() {
        return rules;
    }
}
