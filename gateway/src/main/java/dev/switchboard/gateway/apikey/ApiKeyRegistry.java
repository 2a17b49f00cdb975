package dev.switchboard.gateway.apikey;

import dev.switchboard.gateway.caller.Caller;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the caller behind a presented API key. Seeded from configuration and changed at run time by an ADMIN (rotation):
 * readers see one immutable snapshot, writers replace it whole, so a lookup never sees half a rotation.
 */
public final class ApiKeyRegistry {

    private record Entry(byte[] hash, ApiKey key) {
    }

    private volatile List<Entry> entries;

    public ApiKeyRegistry(List<ApiKey> keys) {
        this.entries = snapshotOf(keys);
    }

    private static List<Entry> snapshotOf(List<ApiKey> keys) {
        Set<String> hashes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ApiKey key : keys) {
            if (!hashes.add(key.sha256())) {
                throw new DuplicateApiKeyException("API key '" + key.caller().name() + "' repeats another key's sha256");
            }
            if (!names.add(key.caller().name())) {
                throw new DuplicateApiKeyException("API key name '" + key.caller().name() + "' is used twice");
            }
        }
        return keys.stream().map(k -> new Entry(ApiKeyHash.parse(k.sha256()), k)).toList();
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
                match = entry.key().caller();
            }
        }
        return Optional.ofNullable(match);
    }

    /**
     * Adds a key, or replaces the key of the same name (a rotation: the old key stops working at once).
     *
     * @return the key it replaced
     * @throws DuplicateApiKeyException when another name already uses this hash
     */
    public synchronized Optional<ApiKey> put(ApiKey key) {
        List<ApiKey> next = new ArrayList<>();
        ApiKey replaced = null;
        for (ApiKey existing : keys()) {
            if (existing.caller().name().equals(key.caller().name())) {
                replaced = existing;
            } else {
                next.add(existing);
            }
        }
        next.add(key);
        entries = snapshotOf(next);
        return Optional.ofNullable(replaced);
    }

    /** @return the removed key, empty when no key has this name */
    public synchronized Optional<ApiKey> remove(String name) {
        List<ApiKey> current = keys();
        Optional<ApiKey> removed = current.stream().filter(k -> k.caller().name().equals(name)).findFirst();
        if (removed.isPresent()) {
            entries = snapshotOf(current.stream().filter(k -> !k.caller().name().equals(name)).toList());
        }
        return removed;
    }

    public List<ApiKey> keys() {
        return entries.stream().map(Entry::key).toList();
    }

    public int size() {
        return entries.size();
    }
}
