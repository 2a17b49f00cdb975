package dev.switchboard.gateway.apikey;

import dev.switchboard.gateway.caller.Caller;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the caller behind a presented API key. */
public final class ApiKeyRegistry {

    private record Entry(byte[] hash, Caller caller) {
    }

    private final List<Entry> entries;

    public ApiKeyRegistry(List<ApiKey> keys) {
        Set<String> hashes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ApiKey key : keys) {
            if (!hashes.add(key.sha256())) {
                throw new IllegalArgumentException("API key '" + key.caller().name() + "' repeats another key's sha256");
            }
            if (!names.add(key.caller().name())) {
                throw new IllegalArgumentException("API key name '" + key.caller().name() + "' is used twice");
            }
        }
        this.entries = keys.stream().map(k -> new Entry(ApiKeyHash.parse(k.sha256()), k.caller())).toList();
    }

    /**
     * Every configured hash is compared, each in constant time, so the answer time says nothing about how close a
     * guess came or which entry matched.
     */
    public Optional<Caller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = ApiKeyHash.of(presentedKey);
        Caller match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), presented)) {
                match = entry.caller();
            }
        }
        return Optional.ofNullable(match);
    }

    public int size() {
        return entries.size();
    }
}
