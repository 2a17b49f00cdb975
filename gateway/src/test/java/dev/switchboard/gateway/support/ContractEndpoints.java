package dev.switchboard.gateway.support;

import static dev.switchboard.gateway.caller.Role.ADMIN;
import static dev.switchboard.gateway.caller.Role.AGENT;
import static dev.switchboard.gateway.caller.Role.MANAGER;
import static dev.switchboard.gateway.caller.Role.PLATFORM;

import dev.switchboard.gateway.caller.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The route × role matrix of CONTRACT.md written out independently of the production table, with concrete paths, so a
 * mistake in {@code AccessPolicy} or the routes shows up as a difference.
 */
public final class ContractEndpoints {

    /** The development agent's own id (CONTRACT.md: {@code dev-agent-key} is agent {@code agent-dev}). */
    public static final String OWN_AGENT = "agent-dev";

    public record Endpoint(String method, String path, String service, Set<Role> roles) {

        /** The name a routed service has as identity-token audience, e.g. {@code ticket-service}. */
        public String serviceName() {
            return service + "-service";
        }

        public boolean allows(Role role) {
            return roles.contains(role);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static final List<Endpoint> ALL = List.of(
            endpoint("POST", "/api/v1/tickets", "ticket", PLATFORM),
            endpoint("POST", "/api/v1/tickets/batch", "ticket", PLATFORM),
            endpoint("POST", "/api/v1/tickets/t-1/events", "ticket", PLATFORM, AGENT),
            endpoint("GET", "/api/v1/tickets/t-1", "ticket", PLATFORM, AGENT, MANAGER, ADMIN),
            endpoint("GET", "/api/v1/tickets", "ticket", MANAGER, ADMIN, AGENT),
            endpoint("GET", "/api/v1/tickets?status=OPEN&limit=10", "ticket", MANAGER, ADMIN, AGENT),
            endpoint("PUT", "/api/v1/agents/agent-7", "routing", ADMIN),
            endpoint("PUT", "/api/v1/agents/" + OWN_AGENT + "/presence", "routing", PLATFORM, AGENT),
            endpoint("PUT", "/api/v1/agents/agent-7/presence", "routing", PLATFORM),
            endpoint("GET", "/api/v1/agents", "routing", MANAGER, ADMIN),
            endpoint("GET", "/api/v1/agents?team=billing", "routing", MANAGER, ADMIN),
            endpoint("GET", "/api/v1/agents/agent-7", "routing", MANAGER, ADMIN),
            endpoint("GET", "/api/v1/queues", "routing", MANAGER, ADMIN),
            endpoint("GET", "/api/v1/queues/billing/tickets", "routing", MANAGER, ADMIN),
            endpoint("POST", "/api/v1/tickets/t-1/assignment/accept", "routing", AGENT),
            endpoint("POST", "/api/v1/tickets/t-1/assignment/decline", "routing", AGENT),
            endpoint("GET", "/api/v1/sla/policies", "sla", MANAGER, ADMIN),
            endpoint("PUT", "/api/v1/sla/policies/urgent", "sla", ADMIN),
            endpoint("GET", "/api/v1/escalations?open=true", "sla", MANAGER, ADMIN),
            endpoint("GET", "/api/v1/analytics/summary", "analytics", MANAGER, ADMIN),
            endpoint("GET", "/api/v1/analytics/timeseries?metric=created", "analytics", MANAGER, ADMIN),
            endpoint("GET", "/api/v1/analytics/agents", "analytics", MANAGER, ADMIN),
            // the gateway's own key administration
            endpoint("GET", "/api/v1/gateway/api-keys", "gateway", ADMIN),
            endpoint("PUT", "/api/v1/gateway/api-keys/some-key", "gateway", ADMIN),
            endpoint("DELETE", "/api/v1/gateway/api-keys/nobody", "gateway", ADMIN),
            // the console's: who am I, and the live stream
            endpoint("GET", "/api/v1/gateway/me", "gateway", PLATFORM, AGENT, MANAGER, ADMIN),
            endpoint("GET", "/api/v1/stream", "gateway", AGENT, MANAGER, ADMIN),
            // nothing else under /api/ is open to anyone
            endpoint("DELETE", "/api/v1/tickets/t-1", "ticket"),
            endpoint("PUT", "/api/v1/tickets/t-1", "ticket"),
            endpoint("GET", "/api/v1/tickets/t-1/assignment", "routing"),
            endpoint("POST", "/api/v1/tickets/t-1/assignment/steal", "routing"),
            endpoint("POST", "/api/v1/agents", "routing"),
            endpoint("DELETE", "/api/v1/sla/policies/urgent", "sla"),
            endpoint("GET", "/api/v1/sla/clocks", "sla"),
            endpoint("POST", "/api/v1/analytics/summary", "analytics"),
            endpoint("GET", "/api/v1/tickets/", "ticket"),
            endpoint("GET", "/api/v1/actuator", "none"),
            endpoint("GET", "/api/v2/tickets/t-1", "none"),
            endpoint("GET", "/api/internal", "none"),
            endpoint("POST", "/api/v1/gateway/api-keys", "gateway"),
            endpoint("GET", "/api/v1/gateway/api-keys/some-key", "gateway"),
            endpoint("POST", "/api/v1/stream", "gateway"),
            endpoint("GET", "/api/v1/queues/billing/tickets/t-1", "routing"),
            endpoint("POST", "/api/v1/queues/billing/tickets", "routing"));

    private ContractEndpoints() {
    }

    private static Endpoint endpoint(String method, String path, String service, Role... roles) {
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        allowed.addAll(List.of(roles));
        return new Endpoint(method, path, service, allowed);
    }
}
