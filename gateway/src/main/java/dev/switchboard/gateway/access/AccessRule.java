package dev.switchboard.gateway.access;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the role matrix: who may call {@code method path}.
 *
 * @param ownAgentVariable when present, an AGENT is allowed only if this path variable is its own agent id
 */
public record AccessRule(String method, PathTemplate path, Set<Role> roles, Optional<String> ownAgentVariable) {

    public AccessRule {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(ownAgentVariable, "ownAgentVariable");
    }

    public static AccessRule allow(String method, String path, Role first, Role... more) {
        return new AccessRule(method, PathTemplate.of(path), EnumSet.of(first, more), Optional.empty());
    }

    /** The same rule, except that an AGENT may only act on the agent named by {@code variable}. */
    public AccessRule agentOnlyFor(String variable) {
        return new AccessRule(method, path, roles, Optional.of(variable));
    }

    Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        return method.equals(requestMethod) ? path.match(requestPath) : Optional.empty();
    }

    Decision decide(Caller caller, Map<String, String> variables) {
        if (!roles.contains(caller.role())) {
            return Decision.ROLE_NOT_ALLOWED;
        }
        if (caller.role() == Role.AGENT && ownAgentVariable.isPresent()
                && !caller.isAgent(variables.get(ownAgentVariable.get()))) {
            return Decision.NOT_OWN_AGENT;
        }
        return Decision.ALLOWED;
    }
}
