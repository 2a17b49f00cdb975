package dev.switchboard.gateway.jwt;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a verified token speaks for. The token's signature, issuer and lifetime are checked before this runs; here the
 * claims must name exactly one Switchboard role, and every value that goes on to the services must be safe to put in a
 * header, or the token is refused as a whole.
 *
 * @param nameClaim     the principal (default {@code sub})
 * @param rolesClaim    a list or a space/comma separated string; a dotted path reaches into objects, as in Keycloak's
 *                      {@code realm_access.roles}
 * @param agentIdClaim  the agent an AGENT acts for
 * @param platformClaim the integration a PLATFORM speaks for
 * @param rolePrefix    stripped from each role value before it is compared with the role names, e.g. {@code ROLE_}
 */
public record TokenClaims(String nameClaim, String rolesClaim, String agentIdClaim, String platformClaim,
        String rolePrefix) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._@:+-]{1,128}");

    public TokenClaims {
        Objects.requireNonNull(nameClaim, "nameClaim");
        Objects.requireNonNull(rolesClaim, "rolesClaim");
        Objects.requireNonNull(agentIdClaim, "agentIdClaim");
        Objects.requireNonNull(platformClaim, "platformClaim");
        rolePrefix = rolePrefix == null ? "" : rolePrefix;
    }

    public static TokenClaims defaults() {
        return new TokenClaims("sub", "roles", "agent_id", "platform", "");
    }

    /** @throws InvalidTokenClaimsException when the claims do not name one caller safely */
    public Caller toCaller(Map<String, Object> claims) {
        String name = safe(nameClaim, claims.get(nameClaim));
        Set<Role> roles = rolesIn(valueAt(claims, rolesClaim));
        if (roles.size() != 1) {
            throw new InvalidTokenClaimsException("the token must carry exactly one Switchboard role in '" + rolesClaim
                    + "', found " + roles);
        }
        Role role = roles.iterator().next();
        Optional<String> agentId = role == Role.AGENT
                ? Optional.of(safe(agentIdClaim, claims.get(agentIdClaim))) : Optional.empty();
        Optional<String> platform = role == Role.PLATFORM
                ? Optional.of(safe(platformClaim, claims.get(platformClaim))) : Optional.empty();
        return new Caller(name, role, agentId, platform);
    }

    private Set<Role> rolesIn(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (value instanceof String text) {
            values.addAll(List.of(text.split("[\\s,]+")));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String raw : values) {
            if (!raw.startsWith(rolePrefix)) {
                continue;
            }
            String candidate = raw.substring(rolePrefix.length());
            // other roles of the identity provider are someone else's business: ignored, not an error
            for (Role role : Role.values()) {
                if (role.name().equals(candidate)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Object valueAt(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static String safe(String claim, Object value) {
        if (!(value instanceof String text) || !SAFE.matcher(text).matches()) {
            throw new InvalidTokenClaimsException("claim '" + claim + "' is missing or not 1-128 characters of"
                    + " A-Z a-z 0-9 . _ @ : + -");
        }
        return text;
    }
}
