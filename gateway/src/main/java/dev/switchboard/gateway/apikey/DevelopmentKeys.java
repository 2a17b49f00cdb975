package dev.switchboard.gateway.apikey;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The four development keys are published in CONTRACT.md, so they are as good as no key at all: only the local profile
 * may accept them.
 */
public final class DevelopmentKeys {

    public static final String LOCAL_PROFILE = "local";

    private static final Map<String, String> HASH_TO_KEY = Map.of(
            ApiKeyHash.hexOf("dev-platform-key"), "dev-platform-key",
            ApiKeyHash.hexOf("dev-agent-key"), "dev-agent-key",
            ApiKeyHash.hexOf("dev-manager-key"), "dev-manager-key",
            ApiKeyHash.hexOf("dev-admin-key"), "dev-admin-key");

    private DevelopmentKeys() {
    }

    /**
     * @throws DevelopmentKeyOutsideLocalException when a development key is configured outside the local profile
     */
    public static void refuseOutsideLocal(Collection<ApiKey> keys, Collection<String> activeProfiles) {
        if (activeProfiles.contains(LOCAL_PROFILE)) {
            return;
        }
        List<String> offending = keys.stream()
                .filter(k -> HASH_TO_KEY.containsKey(k.sha256()))
                .map(k -> "'" + k.caller().name() + "' (" + HASH_TO_KEY.get(k.sha256()) + ")")
                .toList();
        if (!offending.isEmpty()) {
            throw new DevelopmentKeyOutsideLocalException("Refusing to start: the public development API key(s) " + offending
                    + " are configured under switchboard.gateway.api-keys while the '" + LOCAL_PROFILE
                    + "' profile is not active (active profiles: " + activeProfiles + ")."
                    + " Configure your own keys' SHA-256 hashes, or run with the '" + LOCAL_PROFILE + "' profile.");
        }
    }
}
