package dev.switchboard.ticket.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after the last ticket of a page, over the sort order (createdAt descending, id descending). Opaque to
 * callers: they must not build one, only pass back {@code nextCursor}.
 */
public record TicketCursor(Instant createdAt, String id) {

    public String encode() {
        String raw = createdAt.toEpochMilli() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service issued */
    public static TicketCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 1 || bar == raw.length() - 1) {
                throw new IllegalArgumentException("malformed cursor");
            }
            return new TicketCursor(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, bar))), raw.substring(bar + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this service issued", e);
        }
    }
}
