package dev.switchboard.gateway.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The last events this instance streamed, numbered, so that a client reconnecting with {@code Last-Event-ID} gets what
 * it missed during a short drop. Ids carry an epoch (random per start): an id from another instance or from before a
 * restart is not resumable, and the client reloads instead. Not thread-safe: callers serialise.
 */
public final class RecentEvents {

    private final String epoch;
    private final int capacity;
    private final Deque<LiveEvent> retained = new ArrayDeque<>();
    private long lastSequence;

    public RecentEvents(String epoch, int capacity) {
        if (epoch.isBlank() || epoch.contains(".")) {
            throw new IllegalArgumentException("epoch must be non-blank and without '.'");
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.epoch = epoch;
        this.capacity = capacity;
    }

    public LiveEvent append(IncomingEvent event, Set<String> agents) {
        LiveEvent live = new LiveEvent(++lastSequence, event.type(), event.topic(), event.subject(), event.payload(),
                agents);
        if (capacity > 0) {
            if (retained.size() == capacity) {
                retained.removeFirst();
            }
            retained.addLast(live);
        }
        return live;
    }

    public String idOf(LiveEvent event) {
        return epoch + "." + event.sequence();
    }

    /**
     * The retained events after the one a client saw last; empty when the id is not one of this instance's (then only
     * new events follow). Events older than the retained ones are gone: the client reloads its views on reconnect.
     */
    public List<LiveEvent> after(String lastEventId) {
        return sequenceOf(lastEventId)
                .map(seen -> {
                    List<LiveEvent> missed = new ArrayList<>();
                    for (LiveEvent event : retained) {
                        if (event.sequence() > seen) {
                            missed.add(event);
                        }
                    }
                    return missed;
                })
                .orElse(List.of());
    }

    private Optional<Long> sequenceOf(String lastEventId) {
        if (lastEventId == null) {
            return Optional.empty();
        }
        int dot = lastEventId.lastIndexOf('.');
        if (dot < 0 || !lastEventId.substring(0, dot).equals(epoch)) {
            return Optional.empty();
        }
        try {
            long sequence = Long.parseLong(lastEventId.substring(dot + 1));
            return sequence >= 0 && sequence <= lastSequence ? Optional.of(sequence) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
