package dev.switchboard.gateway.apikey;

import dev.switchboard.gateway.caller.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What an ADMIN may do to the keys at run time. The rules of start-up apply to every change too: a development key
 * stays refused outside the local profile, whichever way it arrives.
 */
public final class ApiKeyAdministration {

    /** What a change did, for the audit log. */
    public record ApiKeyChanged(String name, Role role, Kind kind) {

        public enum Kind { CREATED, ROTATED, REVOKED }
    }

    private final ApiKeyRegistry registry;
    private final List<String> activeProfiles;

    public ApiKeyAdministration(ApiKeyRegistry registry, Collection<String> activeProfiles) {
        this.registry = registry;
        this.activeProfiles = List.copyOf(activeProfiles);
    }

    /**
     * Creates the key, or rotates it when one of that name exists (the old key is refused from now on).
     *
     * @throws DevelopmentKeyOutsideLocalException for a development key outside the local profile
     * @throws DuplicateApiKeyException            when another name already uses this hash
     */
    public synchronized ApiKeyChanged put(ApiKey key) {
        DevelopmentKeys.refuseOutsideLocal(List.of(key), activeProfiles);
        Optional<ApiKey> replaced = registry.put(key);
        return new ApiKeyChanged(key.caller().name(), key.caller().role(),
                replaced.isPresent() ? ApiKeyChanged.Kind.ROTATED : ApiKeyChanged.Kind.CREATED);
    }

    /**
     * @return empty when no key has this name
     * @throws LastAdminKeyException when this is the last ADMIN key: nobody could manage keys until a restart
     */
    public synchronized Optional<ApiKeyChanged> revoke(String name) {
        Optional<ApiKey> target = registry.keys().stream().filter(k -> k.caller().name().equals(name)).findFirst();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        long admins = registry.keys().stream().filter(k -> k.caller().role() == Role.ADMIN).count();
        if (target.get().caller().role() == Role.ADMIN && admins == 1) {
            throw new LastAdminKeyException(name);
        }
        return registry.remove(name)
                .map(k -> new ApiKeyChanged(name, k.caller().role(), ApiKeyChanged.Kind.REVOKED));
    }

    public List<ApiKey> keys() {
        return registry.keys();
    }
}
