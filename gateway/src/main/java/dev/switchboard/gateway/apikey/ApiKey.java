package dev.switchboard.gateway.apikey;

import dev.switchboard.gateway.caller.Caller;
import java.util.Objects;

/**
 * A configured API key: only the SHA-256 of the key is known to the gateway, never the key itself.
 *
 * @param sha256 the lowercase hex SHA-256 of the key's UTF-8 bytes
 * @param caller who presents this key
 */
public record ApiKey(String sha256, Caller caller) {

    public ApiKey {
        Objects.requireNonNull(caller, "caller");
        if (sha256 == null || !ApiKeyHash.isWellFormed(sha256)) {
            throw new IllegalArgumentException(
                    "API key '" + caller.name() + "': sha256 must be 64 lowercase hex characters");
        }
    }
}
