package dev.switchboard.gateway.requestid;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Keeps a client's request id when it is safe to copy into logs and headers, otherwise makes a new one: an id is
 * echoed to services and written to every access log line, so it must not carry arbitrary text.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Supplier<UUID> uuids;

    public RequestIds(Supplier<UUID> uuids) {
        this.uuids = uuids;
    }

    public static RequestIds random() {
        return new RequestIds(UUID::randomUUID);
    }

    public String resolve(String fromClient) {
        return isSane(fromClient) ? fromClient : uuids.get().toString();
    }

    static boolean isSane(String id) {
        return id != null && SANE.matcher(id).matches();
    }
}
